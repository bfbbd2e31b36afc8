package org.barta.content;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.barta.accounts.Account;
import org.barta.content.ContentRefused.Reason;

/** A publishable item of any kind, with its text in one or both languages. */
@Entity
@Table(name = "content_item")
public class ContentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ContentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContentState state;

    @Embedded
    private EventDetails event;

    @Embedded
    private NetworkDetails network;

    @Embedded
    private ReportDetails report;

    @Column(name = "featured_image_id")
    private Long featuredImageId;

    @Column(name = "contact_name", length = PressContact.MAX_NAME)
    private String contactName;

    @Column(name = "contact_phone", length = PressContact.MAX_PHONE)
    private String contactPhone;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @ManyToMany
    @JoinTable(name = "content_item_tag", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "content_attachment", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "media_id")
    private List<Long> attachmentIds = new ArrayList<>();

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    private Account updatedBy;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @MapKey(name = "language")
    private Map<Language, ContentTranslation> translations = new EnumMap<>(Language.class);

    @Version
    private int version;

    protected ContentItem() {
    }

    public ContentItem(ContentKind kind) {
        this(kind, null);
    }

    public ContentItem(ContentKind kind, Account author) {
        this.kind = kind;
        this.state = ContentState.DRAFT;
        this.createdBy = author;
        this.updatedBy = author;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public ContentTranslation translate(Language language, String title, String slug, String summary, String body) {
        return translate(language, new TranslationContent(title, slug, summary, body, null));
    }

    ContentTranslation translate(Language language, TranslationContent text) {
        ContentTranslation translation = translations.get(language);
        if (translation == null) {
            translation = new ContentTranslation(this, language, text);
            translations.put(language, translation);
        } else {
            translation.rewrite(text);
        }
        updatedAt = Instant.now();
        return translation;
    }

    /**
     * Replaces everything an editor controls with {@code content}. Slugs and sanitized bodies must already be
     * final (the service sees to that); tags are resolved by the caller.
     */
    void apply(ItemContent content, Set<Tag> resolvedTags, Account editor) {
        event = kind == ContentKind.EVENT_REPORT
                ? new EventDetails(content.eventType(), content.eventDate(), content.venue(), content.district())
                : null;
        network = kind == ContentKind.NETWORK_PAGE
                ? new NetworkDetails(content.networkAcronym(), content.networkWebsite(), content.networkRegion(),
                        content.memberSince())
                : null;
        report = kind == ContentKind.REPORT
                ? new ReportDetails(content.publicationDate(), content.reportFileId())
                : null;
        featuredImageId = content.featuredImageId();
        contactName = content.contact().name();
        contactPhone = content.contact().phone();
        contactEmail = content.contact().email();
        tags.clear();
        tags.addAll(resolvedTags);
        attachmentIds.clear();
        attachmentIds.addAll(content.attachmentIds());
        translations.keySet().removeIf(language -> !content.translations().containsKey(language));
        content.translations().forEach(this::translate);
        updatedBy = editor;
        updatedAt = Instant.now();
    }

    /** The item as an editor sees it: the value a revision stores. */
    public ItemContent content() {
        Map<Language, TranslationContent> text = new EnumMap<>(Language.class);
        translations.forEach((language, t) -> text.put(language, t.content()));
        EventDetails e = event == null ? new EventDetails() : event;
        NetworkDetails n = network == null ? new NetworkDetails() : network;
        ReportDetails r = report == null ? new ReportDetails() : report;
        List<Long> tagIds = tags.stream().map(Tag::getId).sorted(Comparator.naturalOrder()).toList();
        return new ItemContent(e.getType(), e.getDate(), e.getVenue(), e.getDistrict(), n.getAcronym(),
                n.getWebsite(), n.getRegion(), n.getMemberSince(), r.getPublicationDate(), r.getFileId(),
                featuredImageId, tagIds, List.copyOf(attachmentIds), text, new PressContact(contactName, contactPhone, contactEmail));
    }

    /** Moves the item through the workflow; who may do it is checked by {@link Workflow} before. */
    void transition(WorkflowAction action, Instant now, Instant publishAt, Account editor) {
        switch (action) {
            case SCHEDULE -> {
                checkPublishable();
                if (publishAt == null || !publishAt.isAfter(now)) {
                    throw new ContentRefused(Reason.SCHEDULE_IN_PAST);
                }
                scheduledFor = publishAt;
            }
            case PUBLISH -> {
                checkPublishable();
                scheduledFor = null;
                if (publishedAt == null) {
                    publishedAt = now;
                }
            }
            case UNPUBLISH -> scheduledFor = null;
            default -> {
                // SUBMIT, RETURN_TO_DRAFT and ARCHIVE change the state only.
            }
        }
        state = action.target();
        updatedBy = editor;
        updatedAt = now;
    }

    /** Takes the state and dates an import brings from the old site, as they were there. */
    void imported(ImportedState old) {
        if (old.state() != ContentState.DRAFT) {
            checkPublishable();
        }
        state = old.state();
        createdAt = old.createdAt();
        updatedAt = old.updatedAt();
        publishedAt = old.state() == ContentState.DRAFT ? null : old.publishedAt();
        scheduledFor = old.state() == ContentState.SCHEDULED ? old.publishedAt() : null;
    }

    /** What the public needs before an item may appear: a title in some language and the kind's key facts. */
    void checkPublishable() {
        if (translations.isEmpty()) {
            throw new ContentRefused(Reason.PUBLISH_WITHOUT_TEXT);
        }
        if (kind == ContentKind.EVENT_REPORT && (event == null || event.getType() == null || event.getDate() == null)) {
            throw new ContentRefused(Reason.PUBLISH_WITHOUT_EVENT_DETAILS);
        }
        if (kind == ContentKind.REPORT && (report == null || report.getPublicationDate() == null)) {
            throw new ContentRefused(Reason.PUBLISH_WITHOUT_REPORT_DATE);
        }
    }

    public Optional<ContentTranslation> translation(Language language) {
        return Optional.ofNullable(translations.get(language));
    }

    /** What a reader of this language is shown: the translation in it, else the one in the other language. */
    public Optional<ContentTranslation> translationFor(Language language) {
        return translation(language).or(() -> translation(language.other()));
    }

    public Long getId() {
        return id;
    }

    public ContentKind getKind() {
        return kind;
    }

    public ContentState getState() {
        return state;
    }

    public EventDetails getEvent() {
        return event;
    }

    public NetworkDetails getNetwork() {
        return network;
    }

    public ReportDetails getReport() {
        return report;
    }

    /** Whom journalists call about it; {@link PressContact#NONE} when nobody is named. */
    public PressContact getContact() {
        return new PressContact(contactName, contactPhone, contactEmail);
    }

    public Long getFeaturedImageId() {
        return featuredImageId;
    }

    public Set<Tag> getTags() {
        return Set.copyOf(tags);
    }

    public List<Long> getAttachmentIds() {
        return List.copyOf(attachmentIds);
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getScheduledFor() {
        return scheduledFor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Long ownerId() {
        return createdBy == null ? null : createdBy.getId();
    }

    public int getVersion() {
        return version;
    }
}
