package org.barta.content.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.barta.accounts.web.CurrentEditor;
import org.barta.content.ContentItem;
import org.barta.content.ContentKind;
import org.barta.content.ContentRevision;
import org.barta.content.ContentService;
import org.barta.content.ContentState;
import org.barta.content.EventType;
import org.barta.content.FieldChange;
import org.barta.content.ItemContent;
import org.barta.content.Language;
import org.barta.content.Tag;
import org.barta.content.Workflow;
import org.barta.content.WorkflowAction;
import org.barta.media.MediaFile;
import org.barta.media.MediaService;
import org.barta.platform.BusinessException;
import org.barta.platform.web.NotFound;
import org.barta.platform.web.EditorTime;
import org.barta.platform.web.FacesMessages;

/**
 * The item editor: both languages, the kind's own fields, tags and images, workflow actions, revisions with
 * diff and restore. It keeps the version it loaded so a concurrent save by someone else is reported, not lost.
 */
@Named
@ViewScoped
public class ItemEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MEDIA_CHOICES = 500;
    /** Refusals that concern one field are shown beside it; the rest at the top of the page. */
    private static final Map<String, String> FIELD_OF = Map.of(
            "content.titleRequiredIn", "title",
            "content.titleTooLong", "title",
            "content.slugInvalid", "slug",
            "content.slugTaken", "slug",
            "content.websiteInvalid", "website",
            "content.memberSinceInvalid", "memberSince",
            "content.publish.eventDetails", "eventType",
            "content.publish.reportDate", "publicationDate");

    @Inject
    transient ContentService content;

    @Inject
    transient CurrentEditor editor;

    @Inject
    transient MediaService media;

    private Long id;
    private ContentKind kind;
    private ContentState state;
    private Long ownerId;
    private int version;
    private final Map<Language, TranslationForm> text = new EnumMap<>(Language.class);

    private EventType eventType;
    private LocalDate eventDate;
    private String venue;
    private String district;
    private String networkAcronym;
    private String networkWebsite;
    private String networkRegion;
    private Integer memberSince;
    private LocalDate publicationDate;
    private Long reportFileId;
    private Long featuredImageId;
    private List<Long> tagIds = new ArrayList<>();
    private List<Long> attachmentIds = new ArrayList<>();

    private LocalDateTime publishAt;
    private String newTagEn;
    private String newTagBn;
    private Integer compareFrom;
    private Integer compareTo;
    private List<FieldChange> changes = List.of();

    /** Called by f:viewAction: load {@code ?id=} or start a new item of {@code ?kind=}. */
    public void open() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id != null) {
            try {
                load();
            } catch (BusinessException missing) {
                NotFound.send();
            }
        } else {
            if (kind == null) {
                kind = ContentKind.PRESS_STATEMENT;
            }
            state = ContentState.DRAFT;
            for (Language language : Language.values()) {
                text.put(language, new TranslationForm());
            }
        }
    }

    private void load() {
        ContentItem item = content.open(id, editor.actor());
        kind = item.getKind();
        state = item.getState();
        ownerId = item.ownerId();
        version = item.getVersion();
        publishAt = EditorTime.toLocal(item.getScheduledFor());
        ItemContent c = item.content();
        for (Language language : Language.values()) {
            text.put(language, TranslationForm.of(c.translations().get(language)));
        }
        eventType = c.eventType();
        eventDate = c.eventDate();
        venue = c.venue();
        district = c.district();
        networkAcronym = c.networkAcronym();
        networkWebsite = c.networkWebsite();
        networkRegion = c.networkRegion();
        memberSince = c.memberSince();
        publicationDate = c.publicationDate();
        reportFileId = c.reportFileId();
        featuredImageId = c.featuredImageId();
        tagIds = new ArrayList<>(c.tagIds());
        attachmentIds = new ArrayList<>(c.attachmentIds());
    }

    private ItemContent formContent() {
        Map<Language, org.barta.content.TranslationContent> translations = new EnumMap<>(Language.class);
        text.forEach((language, form) -> translations.put(language, form.content()));
        return new ItemContent(eventType, eventDate, venue, district, networkAcronym, networkWebsite, networkRegion,
                memberSince, publicationDate, reportFileId, featuredImageId, tagIds, attachmentIds, translations);
    }

    public void save() throws IOException {
        try {
            if (id == null) {
                id = content.create(kind, formContent(), editor.actor());
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.getFlash().setKeepMessages(true);
                FacesMessages.info(null, "editor.saved");
                external.redirect(external.getRequestContextPath() + "/admin/item?id=" + id);
                return;
            }
            content.save(id, version, formContent(), editor.actor());
            load();
            FacesMessages.info(null, "editor.saved");
        } catch (BusinessException refusal) {
            refuse(refusal);
        }
    }

    private static void refuse(BusinessException refusal) {
        String field = FIELD_OF.get(refusal.messageKey());
        if (field == null) {
            FacesMessages.error(null, refusal);
            return;
        }
        String language = Arrays.stream(refusal.arguments())
                .filter(argument -> argument instanceof String text && text.startsWith("lang."))
                .map(argument -> ((String) argument).substring("lang.".length()))
                .findFirst().orElse(null);
        FacesMessages.error(language == null ? "editor:" + field : "editor:languages:" + field + "_" + language,
                refusal);
    }

    public void apply(WorkflowAction action) {
        if (id == null) {
            FacesMessages.error(null, "editor.saveFirst");
            return;
        }
        try {
            content.transition(id, version, action, EditorTime.toInstant(publishAt), editor.actor());
            load();
            FacesMessages.info(null, "editor.transitioned", "action." + action.name(), "state." + state.name());
        } catch (BusinessException refusal) {
            refuse(refusal);
        }
    }

    public boolean may(WorkflowAction action) {
        return id != null && Workflow.permits(action, editor.actor(), state, ownerId);
    }

    public boolean isEditable() {
        return id == null || Workflow.mayEdit(editor.actor(), state, ownerId);
    }

    public List<WorkflowAction> getActions() {
        return List.of(WorkflowAction.values());
    }

    public void addTag() {
        try {
            Tag tag = content.tag(newTagEn, newTagBn, editor.actor());
            if (!tagIds.contains(tag.getId())) {
                tagIds.add(tag.getId());
            }
            newTagEn = null;
            newTagBn = null;
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    /** Images to choose the featured image from, newest first. */
    public List<MediaFile> getImages() {
        return media.browse(null, true, 0, MEDIA_CHOICES);
    }

    /** Files to attach or to use as a report's PDF, newest first. */
    public List<MediaFile> getFiles() {
        return media.browse(null, false, 0, MEDIA_CHOICES);
    }

    public List<Tag> getAllTags() {
        return content.allTags();
    }

    public List<ContentRevision> getRevisions() {
        return id == null ? List.of() : content.revisions(id, editor.actor());
    }

    public void compare() {
        if (compareFrom == null || compareTo == null) {
            return;
        }
        try {
            changes = content.compare(id, compareFrom, compareTo, editor.actor());
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public void restore(int number) {
        try {
            content.restore(id, version, number, editor.actor());
            load();
            FacesMessages.info(null, "editor.restored", number);
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    /** Opens on the language the item is written in: Bangla when only Bangla text exists. */
    public int getActiveTab() {
        TranslationForm english = text.get(Language.EN);
        TranslationForm bangla = text.get(Language.BN);
        boolean onlyBangla = (english == null || english.getTitle() == null)
                && bangla != null && bangla.getTitle() != null;
        return onlyBangla ? Language.BN.ordinal() : Language.EN.ordinal();
    }

    public void setActiveTab(int index) {
        // The tab the editor clicks is kept by the browser; the server only chooses the first one shown.
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public EventType[] getEventTypes() {
        return EventType.values();
    }

    public TranslationForm text(Language language) {
        return text.get(language);
    }

    public Map<Language, TranslationForm> getText() {
        return text;
    }

    public String getZone() {
        return EditorTime.zone().getId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ContentKind getKind() {
        return kind;
    }

    public void setKind(ContentKind kind) {
        this.kind = kind;
    }

    public ContentState getState() {
        return state;
    }

    public int getVersion() {
        return version;
    }

    public EventType getEventType() {
        return eventType;
    }

    public void setEventType(EventType eventType) {
        this.eventType = eventType;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public void setEventDate(LocalDate eventDate) {
        this.eventDate = eventDate;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getNetworkAcronym() {
        return networkAcronym;
    }

    public void setNetworkAcronym(String networkAcronym) {
        this.networkAcronym = networkAcronym;
    }

    public String getNetworkWebsite() {
        return networkWebsite;
    }

    public void setNetworkWebsite(String networkWebsite) {
        this.networkWebsite = networkWebsite;
    }

    public String getNetworkRegion() {
        return networkRegion;
    }

    public void setNetworkRegion(String networkRegion) {
        this.networkRegion = networkRegion;
    }

    public Integer getMemberSince() {
        return memberSince;
    }

    public void setMemberSince(Integer memberSince) {
        this.memberSince = memberSince;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public void setPublicationDate(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
    }

    public Long getReportFileId() {
        return reportFileId;
    }

    public void setReportFileId(Long reportFileId) {
        this.reportFileId = reportFileId;
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

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public String getNewTagEn() {
        return newTagEn;
    }

    public void setNewTagEn(String newTagEn) {
        this.newTagEn = newTagEn;
    }

    public String getNewTagBn() {
        return newTagBn;
    }

    public void setNewTagBn(String newTagBn) {
        this.newTagBn = newTagBn;
    }

    public Integer getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(Integer compareFrom) {
        this.compareFrom = compareFrom;
    }

    public Integer getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(Integer compareTo) {
        this.compareTo = compareTo;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }
}
