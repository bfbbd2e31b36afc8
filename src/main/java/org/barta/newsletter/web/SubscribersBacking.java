package org.barta.newsletter.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.barta.accounts.web.CurrentEditor;
import org.barta.content.Language;
import org.barta.newsletter.Audience;
import org.barta.newsletter.AudienceSegment;
import org.barta.newsletter.AudienceService;
import org.barta.newsletter.ConsentMode;
import org.barta.newsletter.ProfileRefused;
import org.barta.newsletter.SegmentService;
import org.barta.newsletter.Subscriber;
import org.barta.newsletter.SubscriberAdminService;
import org.barta.newsletter.SubscriberProfile;
import org.barta.newsletter.SubscriberStatus;
import org.barta.newsletter.SubscriptionSource;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;
import org.barta.platform.web.PagedModel;

/**
 * The subscriber list for editors: counts per status, a lazy sortable table with filters (audience and profile
 * among them), adding one address to an audience, correcting name, language and profile, suppressing an address,
 * the export link for the current filters, and the audience's segments (the filters saved by name).
 */
@Named
@ViewScoped
public class SubscribersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Refusals that concern one field are shown beside it; the rest at the top of the page. */
    private static final Map<String, String> ADD_FIELD_OF = Map.of(
            "subscribers.emailInvalid", "add:email",
            "subscribers.alreadyListed", "add:email",
            "subscribers.suppressedAddress", "add:email",
            "subscribers.nameTooLong", "add:name",
            "subscribers.languageRequired", "add:language",
            "subscribers.consentRequired", "add:consent",
            "subscribers.audienceRequired", "add:audience");
    /** Segment refusals beside the field they concern; a profile value's beside its filter. */
    private static final Map<String, String> SEGMENT_FIELD_OF = Map.of(
            "segments.audienceRequired", "subscribers:audience",
            "segments.nameRequired", "subscribers:segmentName",
            "segments.nameTooLong", "subscribers:segmentName",
            "segments.nameTaken", "subscribers:segmentName",
            "segments.filterRequired", "subscribers:segmentName");
    private static final String SEGMENTS = SubscribersBacking.class.getName() + ".segments";

    @Inject
    transient SubscriberAdminService subscribers;

    @Inject
    transient CurrentEditor editor;

    @Inject
    transient AudienceService audienceService;

    @Inject
    transient SegmentService segmentService;

    /** The audiences to choose from, read once per view. */
    private List<Audience> audiences;

    private final SubscriberFilter filter = new SubscriberFilter();

    private final PagedModel<Subscriber> list = new PagedModel<>(() -> subscribers.count(filter.query()),
            (first, size, sortField, ascending) -> subscribers.search(filter.query(), first, size, sortField,
                    ascending), Subscriber::getId);

    private String email;
    private String name;
    private Language language = Language.EN;
    private ConsentMode consent;
    private Long audienceId;

    private Long editingId;
    private String editingEmail;
    private String editName;
    private Language editLanguage;
    private String editOrganisation;
    private String editBeat;
    private String editDistrict;
    private String editCountry;
    private String editTags;

    private String segmentName;
    /** The countries to choose from, named in the editor's language; built once per view. */
    private transient List<SelectItem> countries;

    public void add() {
        try {
            Audience audience = getAudiences().stream().filter(a -> a.getId().equals(audienceId)).findFirst()
                    .orElseThrow(() -> new BusinessException("subscribers.audienceRequired"));
            Subscriber added = subscribers.add(email, name, language, audience.getId(), consent, editor.actor());
            FacesMessages.info(null, "subscribers.addedMessage", added.getEmail(),
                    "newsletter.status." + added.membershipIn(audience).orElseThrow().getStatus().name());
            email = null;
            name = null;
            consent = null;
        } catch (BusinessException refusal) {
            FacesMessages.error(ADD_FIELD_OF.get(refusal.messageKey()), refusal);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void startEditing(Subscriber subscriber) {
        editingId = subscriber.getId();
        editingEmail = subscriber.getEmail();
        editName = subscriber.getName();
        editLanguage = subscriber.getLanguage();
        SubscriberProfile profile = subscribers.profile(subscriber.getId(), editor.actor());
        editOrganisation = profile.organisation();
        editBeat = profile.beat();
        editDistrict = profile.district();
        editCountry = profile.country();
        editTags = profile.tagsText();
    }

    public void saveEdit() {
        try {
            SubscriberProfile profile = SubscriberProfile.of(editOrganisation, editBeat, editDistrict, editCountry,
                    editTags);
            subscribers.edit(editingId, editName, editLanguage, profile, editor.actor());
            FacesMessages.info(null, "subscribers.saved", editingEmail);
            editingId = null;
        } catch (ProfileRefused refusal) {
            FacesMessages.error("edit:edit" + capitalised(refusal.problem().field()), refusal);
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessException refusal) {
            FacesMessages.error(refusal.messageKey().equals("subscribers.nameTooLong") ? "edit:editName" : null,
                    refusal);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Saves the audience and filters now entered as a segment under {@link #getSegmentName()}. */
    public void saveSegment() {
        try {
            AudienceSegment saved = segmentService.save(filter.getAudience() == null ? -1 : filter.getAudience(),
                    segmentName, filter.profile(), filter.getLanguage(), editor.actor());
            FacesMessages.info(null, "segments.saved", saved.getName());
            segmentName = null;
            segmentsChanged();
        } catch (ProfileRefused refusal) {
            FacesMessages.error("subscribers:filter" + capitalised(refusal.problem().field()), refusal);
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessException refusal) {
            FacesMessages.error(SEGMENT_FIELD_OF.get(refusal.messageKey()), refusal);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void deleteSegment(SegmentService.Counted counted) {
        try {
            segmentService.delete(counted.segment().getId(), editor.actor());
            FacesMessages.info(null, "segments.deleted", counted.segment().getName());
            segmentsChanged();
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    /** Shows the segment's members: its audience and filters become the list's. */
    public void showSegment(SegmentService.Counted counted) {
        filter.show(counted.segment());
    }

    /**
     * The segments of the audience the list is filtered to, with their counts; read once per request and audience
     * (the table asks several times), again after a change.
     */
    @SuppressWarnings("unchecked")
    public List<SegmentService.Counted> getSegments() {
        Long audience = filter.getAudience();
        if (audience == null) {
            return List.of();
        }
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        Map.Entry<Long, List<SegmentService.Counted>> read =
                (Map.Entry<Long, List<SegmentService.Counted>>) request.get(SEGMENTS);
        if (read == null || !read.getKey().equals(audience)) {
            read = Map.entry(audience, segmentService.forAudience(audience, editor.actor()));
            request.put(SEGMENTS, read);
        }
        return read.getValue();
    }

    private static void segmentsChanged() {
        FacesContext.getCurrentInstance().getAttributes().remove(SEGMENTS);
    }

    /** A segment's filters as the editor reads them: {@code organisation contains "Star"; country Bangladesh}. */
    public String describe(SegmentService.Counted counted) {
        SubscriberFilter shown = SubscriberFilter.of(counted.segment());
        Locale locale = editor.getLocale();
        List<String> parts = new ArrayList<>();
        add(parts, "segments.describe.organisation", shown.getOrganisation());
        add(parts, "segments.describe.beat", shown.getBeat());
        add(parts, "segments.describe.district", shown.getDistrict());
        add(parts, "segments.describe.country", shown.getCountry() == null ? null
                : new Locale.Builder().setRegion(shown.getCountry()).build().getDisplayCountry(locale));
        add(parts, "segments.describe.tag", shown.getTag());
        add(parts, "segments.describe.language", shown.getLanguage() == null ? null
                : "lang." + shown.getLanguage().code());
        return String.join("; ", parts);
    }

    private static void add(List<String> parts, String key, String value) {
        if (value != null) {
            parts.add(FacesMessages.text(key, value));
        }
    }

    /** Every ISO 3166-1 country, by its name in the editor's language. */
    public List<SelectItem> getCountries() {
        if (countries == null) {
            Locale locale = editor.getLocale();
            Collator collator = Collator.getInstance(locale);
            countries = Arrays.stream(Locale.getISOCountries())
                    .map(code -> new SelectItem(code,
                            new Locale.Builder().setRegion(code).build().getDisplayCountry(locale)))
                    .sorted(Comparator.comparing(SelectItem::getLabel, collator)).toList();
        }
        return countries;
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    public void cancelEdit() {
        editingId = null;
    }

    public void suppress(Subscriber subscriber) {
        try {
            subscribers.suppress(subscriber.getId(), editor.actor());
            FacesMessages.info(null, "subscribers.suppressed", subscriber.getEmail());
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public boolean canSuppress(Subscriber subscriber) {
        return subscriber.getStatus() == SubscriberStatus.CONFIRMED || subscriber.getStatus() == SubscriberStatus.PENDING;
    }

    public Map<SubscriberStatus, Long> getCounts() {
        return subscribers.countByStatus();
    }

    /** The export link for the filters as they are now. */
    public String getExportUrl() {
        String query = filter.queryString();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + SubscriberExportServlet.PATH + (query.isEmpty() ? "" : "?" + query);
    }

    public PagedModel<Subscriber> getList() {
        return list;
    }

    public SubscriberFilter getFilter() {
        return filter;
    }

    public SubscriberStatus[] getStatuses() {
        return SubscriberStatus.values();
    }

    public SubscriptionSource[] getSources() {
        return SubscriptionSource.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public ConsentMode[] getConsentModes() {
        return ConsentMode.values();
    }

    public List<Audience> getAudiences() {
        if (audiences == null) {
            audiences = audienceService.all(editor.actor());
            audienceId = audiences.stream().filter(a -> Audience.NEWSLETTER.equals(a.getCode())).findFirst()
                    .map(Audience::getId).orElse(null);
        }
        return audiences;
    }

    public Long getAudienceId() {
        getAudiences();
        return audienceId;
    }

    public void setAudienceId(Long audienceId) {
        this.audienceId = audienceId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public ConsentMode getConsent() {
        return consent;
    }

    public void setConsent(ConsentMode consent) {
        this.consent = consent;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getEditingEmail() {
        return editingEmail;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public Language getEditLanguage() {
        return editLanguage;
    }

    public void setEditLanguage(Language editLanguage) {
        this.editLanguage = editLanguage;
    }

    public String getEditOrganisation() {
        return editOrganisation;
    }

    public void setEditOrganisation(String editOrganisation) {
        this.editOrganisation = editOrganisation;
    }

    public String getEditBeat() {
        return editBeat;
    }

    public void setEditBeat(String editBeat) {
        this.editBeat = editBeat;
    }

    public String getEditDistrict() {
        return editDistrict;
    }

    public void setEditDistrict(String editDistrict) {
        this.editDistrict = editDistrict;
    }

    public String getEditCountry() {
        return editCountry;
    }

    public void setEditCountry(String editCountry) {
        this.editCountry = editCountry;
    }

    public String getEditTags() {
        return editTags;
    }

    public void setEditTags(String editTags) {
        this.editTags = editTags;
    }

    public String getSegmentName() {
        return segmentName;
    }

    public void setSegmentName(String segmentName) {
        this.segmentName = segmentName;
    }
}
