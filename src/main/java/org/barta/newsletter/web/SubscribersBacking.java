package org.barta.newsletter.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.barta.accounts.web.CurrentEditor;
import org.barta.content.Language;
import org.barta.newsletter.Audience;
import org.barta.newsletter.AudienceService;
import org.barta.newsletter.ConsentMode;
import org.barta.newsletter.Subscriber;
import org.barta.newsletter.SubscriberAdminService;
import org.barta.newsletter.SubscriberStatus;
import org.barta.newsletter.SubscriptionSource;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;
import org.barta.platform.web.PagedModel;

/**
 * The subscriber list for editors: counts per status, a lazy sortable table with filters (audience among them),
 * adding one address to an audience,
 * correcting name and language, suppressing an address, and the export link for the current filters.
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

    @Inject
    transient SubscriberAdminService subscribers;

    @Inject
    transient CurrentEditor editor;

    @Inject
    transient AudienceService audienceService;

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
    }

    public void saveEdit() {
        try {
            subscribers.edit(editingId, editName, editLanguage, editor.actor());
            FacesMessages.info(null, "subscribers.saved", editingEmail);
            editingId = null;
        } catch (BusinessException refusal) {
            FacesMessages.error(refusal.messageKey().equals("subscribers.nameTooLong") ? "edit:editName" : null,
                    refusal);
            FacesContext.getCurrentInstance().validationFailed();
        }
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
}
