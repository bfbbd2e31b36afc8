package org.barta.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.barta.accounts.web.CurrentEditor;
import org.barta.newsletter.edition.Edition;
import org.barta.newsletter.edition.EditionService;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;

/** {@code /admin/newsletter}: every edition with its state, and drafting the next one ahead of the monthly job. */
@Named
@ViewScoped
public class EditionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 120;

    @Inject
    transient EditionService editions;

    @Inject
    transient CurrentEditor editor;

    private List<Edition> list;

    public List<Edition> getEditions() {
        if (list == null) {
            list = editions.list(SHOWN, editor.actor());
        }
        return list;
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
