package org.barta.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.barta.content.ContentKind;
import org.barta.content.EventType;
import org.barta.content.Language;
import org.barta.content.PressContact;
import org.barta.content.Tag;
import org.barta.media.ImageVariant;
import org.barta.media.MediaFile;

/**
 * A published item in one language as its public page shows it, read by plain statements
 * ({@link PublishedContentRepository#item}: one, plus one for its tags and one for its files when it has them)
 * rather than as entities with their collections and media files one by one.
 *
 * @param event             null unless the item has event facts
 * @param network           null unless the item has network facts
 * @param featuredImage     null when it has none
 * @param attachments       the report's file first, then the attachments in the editor's order
 * @param otherLanguageSlug the slug of its published translation in the other language, null when none
 */
public record PublishedItem(long id, ContentKind kind, Language language, String slug, String title, String summary,
                            String body, String imageAlt, Instant publishedAt, Event event, Network network,
                            PressContact contact, File featuredImage, List<TagRef> tags, List<File> attachments,
                            String otherLanguageSlug) {

    public record Event(EventType type, LocalDate date, String venue, String district) {
    }

    public record Network(String acronym, String website, String region, Integer memberSince) {
    }

    /** A media file the page links to or shows. */
    public record File(long id, String storageKey, String originalName, String contentType, long sizeBytes,
                       Integer width) {

        public String url(ImageVariant variant) {
            return MediaFile.url(storageKey, contentType, variant);
        }
    }

    public record TagRef(long id, String slug, String labelEn, String labelBn) {

        public String label(Language language) {
            return Tag.label(labelEn, labelBn, language);
        }
    }

    public Set<Long> tagIds() {
        return tags.stream().map(TagRef::id).collect(Collectors.toSet());
    }
}
