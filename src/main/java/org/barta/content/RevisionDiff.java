package org.barta.content;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of an item, field by field, with a word-level inline diff (java-diff-utils). */
public final class RevisionDiff {

    private static final Map<String, Function<ItemContent, Object>> FIELDS = new LinkedHashMap<>();
    private static final Map<String, Function<TranslationContent, String>> TEXT_FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("eventType", ItemContent::eventType);
        FIELDS.put("eventDate", ItemContent::eventDate);
        FIELDS.put("venue", ItemContent::venue);
        FIELDS.put("district", ItemContent::district);
        FIELDS.put("networkAcronym", ItemContent::networkAcronym);
        FIELDS.put("networkWebsite", ItemContent::networkWebsite);
        FIELDS.put("networkRegion", ItemContent::networkRegion);
        FIELDS.put("memberSince", ItemContent::memberSince);
        FIELDS.put("publicationDate", ItemContent::publicationDate);
        FIELDS.put("reportFile", ItemContent::reportFileId);
        FIELDS.put("featuredImage", ItemContent::featuredImageId);
        FIELDS.put("tags", ItemContent::tagIds);
        FIELDS.put("attachments", ItemContent::attachmentIds);
        FIELDS.put("contactName", c -> c.contact().name());
        FIELDS.put("contactPhone", c -> c.contact().phone());
        FIELDS.put("contactEmail", c -> c.contact().email());
        TEXT_FIELDS.put("title", TranslationContent::title);
        TEXT_FIELDS.put("slug", TranslationContent::slug);
        TEXT_FIELDS.put("summary", TranslationContent::summary);
        TEXT_FIELDS.put("body", TranslationContent::body);
        TEXT_FIELDS.put("imageAlt", TranslationContent::imageAlt);
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(true)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private RevisionDiff() {
    }

    public static List<FieldChange> between(ItemContent before, ItemContent after) {
        List<FieldChange> changes = new ArrayList<>();
        FIELDS.forEach((name, getter) -> {
            String old = text(getter.apply(before));
            String now = text(getter.apply(after));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(name, null, old, now, inline(old, now)));
            }
        });
        for (Language language : Language.values()) {
            TranslationContent old = before.translations().get(language);
            TranslationContent now = after.translations().get(language);
            TEXT_FIELDS.forEach((name, getter) -> {
                String a = old == null ? "" : text(getter.apply(old));
                String b = now == null ? "" : text(getter.apply(now));
                if (!a.equals(b)) {
                    changes.add(new FieldChange(name, language, a, b, inline(a, b)));
                }
            });
        }
        return changes;
    }

    /** Names of the changed fields, for the revision list ("title (bn), body (bn)"). */
    public static String summary(List<FieldChange> changes) {
        return changes.stream()
                .map(c -> c.language() == null ? c.field() : c.field() + " (" + c.language().code() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String inline(String before, String after) {
        List<DiffRow> rows = GENERATOR.generateDiffRows(before.lines().toList(), after.lines().toList());
        return rows.stream().map(DiffRow::getOldLine).collect(Collectors.joining("<br/>"));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
