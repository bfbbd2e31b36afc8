package org.barta.content;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an editor can change on an item, in one value: what the editor form submits, what a revision
 * stores, and what a restore puts back. Fields that do not belong to the item's kind are ignored.
 */
public record ItemContent(
        EventType eventType, LocalDate eventDate, String venue, String district,
        String networkAcronym, String networkWebsite, String networkRegion, Integer memberSince,
        LocalDate publicationDate, Long reportFileId,
        Long featuredImageId, List<Long> tagIds, List<Long> attachmentIds,
        Map<Language, TranslationContent> translations, PressContact contact) {

    public ItemContent {
        contact = contact == null ? PressContact.NONE : contact;
        tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
        Map<Language, TranslationContent> copy = new EnumMap<>(Language.class);
        if (translations != null) {
            translations.forEach((language, text) -> {
                if (text != null && !text.isBlank()) {
                    copy.put(language, text);
                }
            });
        }
        translations = Map.copyOf(copy);
    }

    /** Text only, for kinds without extra fields. */
    public static ItemContent text(Map<Language, TranslationContent> translations) {
        return new ItemContent(null, null, null, null, null, null, null, null, null, null, null, List.of(),
                List.of(), translations, PressContact.NONE);
    }

    public ItemContent withoutFeaturedImage() {
        return new ItemContent(eventType, eventDate, venue, district, networkAcronym, networkWebsite, networkRegion,
                memberSince, publicationDate, reportFileId, null, tagIds, attachmentIds, translations, contact);
    }

    public ItemContent withTranslations(Map<Language, TranslationContent> replaced) {
        return new ItemContent(eventType, eventDate, venue, district, networkAcronym, networkWebsite, networkRegion,
                memberSince, publicationDate, reportFileId, featuredImageId, tagIds, attachmentIds, replaced, contact);
    }
}
