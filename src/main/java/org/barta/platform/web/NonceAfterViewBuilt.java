package org.barta.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspPhaseListener;
import org.primefaces.csp.CspState;

/**
 * Lets PrimeFaces' CSP mode (see {@link SecurityHeadersFilter}) make a page's nonce only once the view is built.
 * <p>
 * PrimeFaces makes the nonce just before the render phase and keeps it in the view's map, unless the view is
 * stateless, for the page's Ajax requests and postbacks to send back. On a first request (a GET) the view is not
 * built yet at that moment, so a view made stateless by its template ({@code <f:view transient="true">}: the
 * sign-in page, the public site) does not know yet that it is: the view map is made, and Faces makes a session to
 * hold it. Every anonymous visitor of {@code /login} would get a session. So on a first request PrimeFaces' step is
 * held back (marked done after the restore phase) and done here when the view is built ({@code PreRenderViewEvent},
 * before anything is written): a stateless view then keeps its nonce nowhere. Postbacks restore a built view, so
 * PrimeFaces does its step itself. Registered in faces-config.xml, as a phase listener and a system event listener.
 */
public class NonceAfterViewBuilt implements PhaseListener, SystemEventListener {

    private static final long serialVersionUID = 1L;
    private static final String HELD_BACK = NonceAfterViewBuilt.class.getName();

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view exists.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && config(context).isCsp()) {
            PrimeFacesContext.getCspState(context).setInitialized(true);
            context.getAttributes().put(HELD_BACK, Boolean.TRUE);
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getAttributes().remove(HELD_BACK) == null) {
            return;
        }
        CspState state = PrimeFacesContext.getCspState(context);
        state.setInitialized(false);
        PrimeConfiguration config = config(context);
        CspPhaseListener.initCsp(context, config.isCsp(), config.isPolicyProvided(), config.getCspReportOnlyPolicy(),
                config.getCspPolicy());
    }

    private static PrimeConfiguration config(FacesContext context) {
        return PrimeApplicationContext.getCurrentInstance(context).getConfig();
    }
}
