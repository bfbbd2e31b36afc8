package org.barta.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.barta.accounts.web.CurrentEditor;
import org.barta.newsletter.bounce.HeldBounce;
import org.barta.newsletter.bounce.HeldBounceService;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;

/** The held bounces and complaints on the subscribers page, each to apply or dismiss. */
@Named
@ViewScoped
public class HeldBouncesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HeldBounceService held;

    @Inject
    transient CurrentEditor editor;

    /** Kept for the view, so a button acts on the row it was shown with; read again after each decision. */
    private transient List<HeldBounce> list;

    public List<HeldBounce> getList() {
        if (list == null) {
            list = held.undecided(editor.actor());
        }
        return list;
    }

    public void apply(HeldBounce report) {
        try {
            held.apply(report.id(), editor.actor());
            list = null;
            FacesMessages.info(null, "bounces.held.applied", report.email());
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public void dismiss(HeldBounce report) {
        try {
            held.dismiss(report.id(), editor.actor());
            list = null;
            FacesMessages.info(null, "bounces.held.dismissed", report.email());
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }
}
