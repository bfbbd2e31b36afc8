package org.barta.content.web;

import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.barta.content.ItemContent;
import org.barta.content.Language;
import org.barta.content.TranslationContent;

/**
 * Everything the item editor edits, as the page binds it: the text of each language ({@code text[language].title}),
 * the fields of each kind ({@code event.venue}, {@code network.website}, {@code report.publicationDate}), the
 * contact block ({@code contact.email}), the
 * featured image, tags and attachments. It is made from an item's {@link ItemContent} and makes one to save; fields
 * that do not belong to the item's kind go with it and are ignored there.
 */
@WrittenInSomeLanguage
public class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Language, @Valid TranslationForm> text = new EnumMap<>(Language.class);
    @Valid
    private final EventForm event;
    @Valid
    private final NetworkForm network;
    @Valid
    private final ReportForm report;
    private final ContactForm contact;
    private Long featuredImageId;
    private List<Long> tagIds;
    private List<Long> attachmentIds;

    private ItemForm(ItemContent content) {
        for (Language language : Language.values()) {
            text.put(language, TranslationForm.of(content.translations().get(language)));
        }
        event = EventForm.of(content);
        network = NetworkForm.of(content);
        report = ReportForm.of(content);
        contact = ContactForm.of(content);
        featuredImageId = content.featuredImageId();
        tagIds = new ArrayList<>(content.tagIds());
        attachmentIds = new ArrayList<>(content.attachmentIds());
    }

    public static ItemForm of(ItemContent content) {
        return new ItemForm(content);
    }

    /** A new item's form: nothing written yet in either language. */
    public static ItemForm empty() {
        return of(ItemContent.text(Map.of()));
    }

    public ItemContent content() {
        Map<Language, TranslationContent> translations = new EnumMap<>(Language.class);
        text.forEach((language, form) -> translations.put(language, form.content()));
        return new ItemContent(event.getType(), event.getDate(), event.getVenue(), event.getDistrict(),
                network.getAcronym(), network.getWebsite(), network.getRegion(), network.getMemberSince(),
                report.getPublicationDate(), report.getFileId(), featuredImageId, tagIds, attachmentIds,
                translations, contact.content());
    }

    /** Some language has text: otherwise there is nothing to save. */
    boolean isWritten() {
        return text.values().stream().anyMatch(form -> !form.isBlank());
    }

    /** The language the editor opens on: Bangla when only Bangla has a title. */
    Language openingLanguage() {
        boolean onlyBangla = text.get(Language.EN).getTitle() == null && text.get(Language.BN).getTitle() != null;
        return onlyBangla ? Language.BN : Language.EN;
    }

    void addTag(long tagId) {
        if (!tagIds.contains(tagId)) {
            tagIds.add(tagId);
        }
    }

    public Map<Language, TranslationForm> getText() {
        return text;
    }

    public EventForm getEvent() {
        return event;
    }

    public NetworkForm getNetwork() {
        return network;
    }

    public ReportForm getReport() {
        return report;
    }

    public ContactForm getContact() {
        return contact;
    }

    public Long getFeaturedImageId() {
        return featuredImageId;
    }

    public void setFeaturedImageId(Long featuredImageId) {
        this.featuredImageId = featuredImageId;
    }

    public List<Long> getTagIds() {
        return tagIds;
    }

    public void setTagIds(List<Long> tagIds) {
        this.tagIds = tagIds == null ? new ArrayList<>() : new ArrayList<>(tagIds);
    }

    public List<Long> getAttachmentIds() {
        return attachmentIds;
    }

    public void setAttachmentIds(List<Long> attachmentIds) {
        this.attachmentIds = attachmentIds == null ? new ArrayList<>() : new ArrayList<>(attachmentIds);
    }
}
