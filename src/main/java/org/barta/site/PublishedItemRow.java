package org.barta.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.barta.content.ContentKind;
import org.barta.content.EventType;
import org.barta.content.Language;
import org.barta.content.PressContact;

/**
 * The statements that read a {@link PublishedItem}, and the reading of their rows. The item's row says how many
 * tags and attachments it has, so their statements run only for items that have some: each statement costs the
 * database about as much to parse and plan as to run, and a JSON aggregate of both lists in the item's statement
 * cost it more than the three statements together (bench/README.md, "item page").
 */
final class PublishedItemRow {

    /** Parameters: the other language, the language, the slug, the kind. */
    static final String ITEM = """
            select i.id, i.published_at, i.event_type, i.event_date, i.venue, i.district,
                   i.network_acronym, i.network_website, i.network_region, i.member_since,
                   i.contact_name, i.contact_phone, i.contact_email,
                   t.title, t.summary, t.body, t.featured_image_alt,
                   (select o.slug from content_translation o where o.item_id = i.id and o.language = ?),
                   f.id, f.storage_key, f.original_name, f.content_type, f.size_bytes, f.width,
                   r.id, r.storage_key, r.original_name, r.content_type, r.size_bytes, r.width,
                   (select count(*) from content_item_tag x where x.item_id = i.id),
                   (select count(*) from content_attachment a where a.item_id = i.id)
            from content_translation t join content_item i on i.id = t.item_id
            left join media_file f on f.id = i.featured_image_id
            left join media_file r on r.id = i.report_file_id
            where t.language = ? and t.slug = ? and i.state = 'PUBLISHED' and i.kind = ?""";

    /** Parameter: the item. */
    static final String TAGS = """
            select g.id, g.slug, g.label_en, g.label_bn from content_item_tag x join tag g on g.id = x.tag_id
            where x.item_id = ?""";

    /** Parameter: the item. In the editor's order. */
    static final String ATTACHMENTS = """
            select m.id, m.storage_key, m.original_name, m.content_type, m.size_bytes, m.width
            from content_attachment a join media_file m on m.id = a.media_id where a.item_id = ?
            order by a.position""";

    private static final int TAG_COUNT = 30;
    private static final int ATTACHMENT_COUNT = 31;

    private PublishedItemRow() {
    }

    static long id(Object[] item) {
        return ((Number) item[0]).longValue();
    }

    static boolean hasTags(Object[] item) {
        return ((Number) item[TAG_COUNT]).longValue() > 0;
    }

    static boolean hasAttachments(Object[] item) {
        return ((Number) item[ATTACHMENT_COUNT]).longValue() > 0;
    }

    /** The item's row with the rows of {@link #TAGS} and {@link #ATTACHMENTS} (empty when not read). */
    static PublishedItem read(Object[] row, List<Object[]> tagRows, List<Object[]> attachmentRows, Language language,
                              ContentKind kind, String slug) {
        EventType eventType = row[2] == null ? null : EventType.valueOf((String) row[2]);
        LocalDate eventDate = localDate(row[3]);
        PublishedItem.Event event = eventType == null && eventDate == null && row[4] == null && row[5] == null ? null
                : new PublishedItem.Event(eventType, eventDate, (String) row[4], (String) row[5]);
        Integer memberSince = row[9] == null ? null : ((Number) row[9]).intValue();
        PublishedItem.Network network = row[6] == null && row[7] == null && row[8] == null && memberSince == null
                ? null : new PublishedItem.Network((String) row[6], (String) row[7], (String) row[8], memberSince);
        PublishedItem.File report = file(row, 24);
        List<PublishedItem.File> attachments = new ArrayList<>();
        if (report != null) {
            attachments.add(report);
        }
        for (Object[] attachmentRow : attachmentRows) {
            PublishedItem.File attachment = file(attachmentRow, 0);
            if (report == null || attachment.id() != report.id()) {
                attachments.add(attachment);
            }
        }
        List<PublishedItem.TagRef> tags = tagRows.stream()
                .map(t -> new PublishedItem.TagRef(((Number) t[0]).longValue(), (String) t[1], (String) t[2],
                        (String) t[3]))
                .sorted(Comparator.comparing((PublishedItem.TagRef tag) -> tag.label(language),
                        String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new PublishedItem(id(row), kind, language, slug, (String) row[13], (String) row[14], (String) row[15],
                (String) row[16], PublishedContentRepository.instant(row[1]), event, network,
                new PressContact((String) row[10], (String) row[11], (String) row[12]), file(row, 18), tags,
                List.copyOf(attachments), (String) row[17]);
    }

    private static PublishedItem.File file(Object[] row, int from) {
        return row[from] == null ? null : new PublishedItem.File(((Number) row[from]).longValue(),
                (String) row[from + 1], (String) row[from + 2], (String) row[from + 3],
                ((Number) row[from + 4]).longValue(), row[from + 5] == null ? null : ((Number) row[from + 5]).intValue());
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
