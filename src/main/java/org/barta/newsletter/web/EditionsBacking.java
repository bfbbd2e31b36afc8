package org.barta.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barta.accounts.web.CurrentEditor;
import org.barta.newsletter.Audience;
import org.barta.newsletter.AudienceService;
import org.barta.newsletter.edition.Edition;
import org.barta.newsletter.edition.EditionService;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;

/**
 * {@code /admin/newsletter}: every edition with its series, audience and state; drafting the next monthly one ahead
 * of the job, and making an extra edition for any audience.
 */
@Named
@ViewScoped
public class EditionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 120;

    @Inject
    transient EditionService editions;

    @Inject
    transient AudienceService audienceService;

    @Inject
    transient CurrentEditor editor;

    private List<Edition> list;
    private transient Map<Long, Audience> audienceById;
    private Long extraAudience;

    public List<Edition> getEditions() {
        if (list == null) {
            list = editions.list(SHOWN, editor.actor());
        }
        return list;
    }

    public List<Audience> getAudiences() {
        return List.copyOf(audiences().values());
    }

    /** The audience's name in the editor's language. */
    public String audienceName(Edition edition) {
        Audience audience = audiences().get(edition.getAudienceId());
        return audience == null ? "" : audience.nameFor(editor.getLocale().getLanguage());
    }

    public String createExtra() {
        if (extraAudience == null) {
            FacesMessages.error("editions:extraAudience", "newsletter.edition.error.noAudience");
            return null;
        }
        try {
            Edition extra = editions.createExtra(extraAudience, editor.actor());
            return "/admin/edition?faces-redirect=true&id=" + extra.getId();
        } catch (BusinessException refusal) {
            FacesMessages.error("editions:extraAudience", refusal);
            return null;
        }
    }

    private Map<Long, Audience> audiences() {
        if (audienceById == null) {
            audienceById = new LinkedHashMap<>();
            audienceService.all(editor.actor()).forEach(a -> audienceById.put(a.getId(), a));
        }
        return audienceById;
    }

    public Long getExtraAudience() {
        return extraAudience;
    }

    public void setExtraAudience(Long extraAudience) {
        this.extraAudience = extraAudience;
    }

    public String draftNext() {
        try {
            return editions.draftNext(Instant.now(), editor.actor())
                    .map(e -> "/admin/edition?faces-redirect=true&id=" + e.getId())
                    .orElseGet(() -> {
                        FacesMessages.info(null, "newsletter.admin.alreadyDrafted");
                        return null;
                    });
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
            return null;
        }
    }
}
