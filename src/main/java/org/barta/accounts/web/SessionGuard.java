package org.barta.accounts.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.barta.accounts.SessionLifetime;
import org.barta.accounts.SignInRedirect;
import org.barta.accounts.sessions.AccountSessions;

/**
 * Checked on every admin request (and every request for a file under /media, where staff may see a draft's files),
 * not only at sign-in: a session ends at once when its row in the session list is
 * gone (its owner or an administrator ended it, on any instance), when its account was disabled or had its
 * sessions ended since it signed in (the account's session generation moved on), or when it has lived longer than
 * {@link SessionLifetime} allows. A session without a sign-in record (made before this check existed) ends too.
 * Both are one read of the database ({@link AccountSessions#active}); last seen is written at most once a minute.
 * A session whose password someone else chose (see {@link SignInCompletion}) is sent to {@code /admin/password}
 * from every other admin page until its owner has chosen one.
 */
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountSessions sessions;

    @Inject
    transient SessionLifetime lifetime;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        boolean newsroom = request.getRequestURI().startsWith(request.getContextPath() + "/admin");
        if (session != null && request.getUserPrincipal() != null && !stillValid(session)) {
            request.logout();
            session.invalidate();
            if (newsroom) {
                SignInRedirect.send(request, response, SignInRedirect.endedPageFor(request));
                return;
            }
            // Anywhere else (a draft's file under /media) the request goes on as a visitor's.
        } else if (newsroom && session != null
                && session.getAttribute(SignedInSession.ATTRIBUTE) instanceof SignedInSession signedIn
                && signedIn.mustChangePassword() && !isPasswordPage(request)) {
            SignInRedirect.send(request, response, PasswordBacking.PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isPasswordPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PasswordBacking.PAGE) || path.equals(PasswordBacking.PAGE + ".xhtml");
    }

    private boolean stillValid(HttpSession session) {
        if (!(session.getAttribute(SignedInSession.ATTRIBUTE) instanceof SignedInSession signedIn)) {
            return false;
        }
        Instant now = Instant.now();
        if (lifetime.outlived(signedIn.signedInAt(), now)
                || !sessions.active(signedIn.key(), signedIn.accountId(), signedIn.generation())) {
            return false;
        }
        if (signedIn.lastSeenDue(now)) {
            sessions.seen(signedIn.key(), now);
        }
        return true;
    }
}
