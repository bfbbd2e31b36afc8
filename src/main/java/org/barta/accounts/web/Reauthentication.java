package org.barta.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.barta.accounts.RecentProof;

/**
 * The one guard every dangerous action passes before its service is called: exporting subscribers, approving an
 * edition for sending or retrying its failed recipients, every change on the accounts page, and changing one's own
 * two-factor settings. It lets the action go on only when this session proved who is signed in within
 * {@link RecentProof}'s window (at sign-in, or since at {@code /admin/confirm-identity}). Otherwise nothing is done:
 * the person is sent to confirm their identity, and from there back to the page they were on, where they repeat
 * the action. The check is made on the server for the request that would act, whatever the page showed.
 *
 * <pre>{@code
 * public void lockDown(long accountId) {
 *     if (!reauthentication.confirmed()) {
 *         return;
 *     }
 *     ...
 * }</pre>
 */
@RequestScoped
public class Reauthentication {

    static final String PAGE = "/admin/confirm-identity";
    /** Where to go once the identity is confirmed: a path under {@code /admin/}, set only by this guard. */
    static final String RETURN_TO = Reauthentication.class.getName() + ".returnTo";

    @Inject
    HttpServletRequest request;

    @Inject
    RecentProof recentProof;

    /** This session just proved who is signed in (a code or password accepted by {@code IdentityConfirmation}). */
    public void provenNow() {
        SignedInSession signedIn = SignedInSession.of(request)
                .orElseThrow(() -> new IllegalStateException("A proof without a signed-in session"));
        signedIn.proven(Instant.now());
        signedIn.saveIn(request.getSession(false));
    }

    /** Whether this session proved who is signed in recently enough for a dangerous action. */
    public boolean isRecent() {
        return SignedInSession.of(request).map(s -> recentProof.fresh(s.provenAt(), Instant.now())).orElse(false);
    }

    /**
     * For a Faces action: true when the action may go on; otherwise the browser is sent (a Faces Ajax request in
     * its own format) to confirm the identity and come back to this view, with its view parameters, and false.
     */
    public boolean confirmed() {
        if (isRecent()) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String back = faces.getApplication().getViewHandler().getBookmarkableURL(faces,
                faces.getViewRoot().getViewId(), Map.of(), true);
        try {
            askFirst(external.getRequestContextPath(), back);
            external.redirect(external.getRequestContextPath() + PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return false;
    }

    /**
     * For a servlet: true when the request may go on; otherwise it is answered with a redirect to confirm the
     * identity, to come back to {@code backPath} (under {@code /admin/}, without the context path) afterwards.
     */
    public boolean confirmed(HttpServletResponse response, String backPath) throws IOException {
        if (isRecent()) {
            return true;
        }
        askFirst(request.getContextPath(), request.getContextPath() + backPath);
        response.sendRedirect(request.getContextPath() + PAGE);
        return false;
    }

    /**
     * For a script's request, which cannot follow a redirect to a page: true when the action may go on; otherwise
     * {@code backPath} is kept for after confirming and false, and the script sends the browser to {@link #PAGE}.
     */
    public boolean confirmedFor(String backPath) {
        if (isRecent()) {
            return true;
        }
        askFirst(request.getContextPath(), request.getContextPath() + backPath);
        return false;
    }

    private void askFirst(String contextPath, String back) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(RETURN_TO, isAdminPath(contextPath, back) ? back : contextPath + "/admin/");
        }
    }

    /** Only an address of this site's newsroom, never one elsewhere: a path, not a URL. */
    static boolean isAdminPath(String contextPath, String address) {
        return address != null && address.startsWith(contextPath + "/admin/") && !address.contains("//")
                && !address.contains("\\") && address.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}
