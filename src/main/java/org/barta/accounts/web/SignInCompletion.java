package org.barta.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.barta.accounts.AccountService;
import org.barta.accounts.LoginThrottle;
import org.barta.accounts.VerifiedCaller;
import org.barta.accounts.sessions.AccountSessions;
import org.barta.accounts.sessions.Device;
import org.barta.platform.web.ClientAddress;

/**
 * The last step of every sign-in, once all factors are checked: a new session id (the privilege changes), the
 * container is told who signed in, the session gets its row in the session list ({@link AccountSessions}) and
 * remembers the account's session generation and the time (see {@link SessionGuard}) and counts as having just proven who is signed in (see {@link Reauthentication}), and the
 * browser goes back to the page it asked for, or to the dashboard. Every sign-in method ends here.
 */
@RequestScoped
public class SignInCompletion {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    AccountService accounts;

    @Inject
    AccountSessions sessions;

    void complete(String username, long accountId, Set<String> groups) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new VerifiedCaller(username, groups))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SEND_CONTINUE && status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("A verified caller was not signed in: " + status);
        }
        Instant now = Instant.now();
        HttpSession session = request.getSession();
        // Signing in again over a signed-in session (another account in the same browser): the earlier one is over.
        SignedInSession.of(request).ifPresent(earlier -> sessions.ended(earlier.key()));
        // A disabled account gets no generation: its session ends at its first admin request.
        int generation = accounts.sessionGeneration(accountId).orElse(-1);
        String key = sessions.begin(accountId, generation, Device.of(request.getHeader("User-Agent")),
                clientAddress.of(request), now, Duration.ofSeconds(session.getMaxInactiveInterval()));
        SignedInSession signedIn = new SignedInSession(accountId, generation, now, key,
                accounts.mustChangePassword(accountId));
        // Every factor the account has was just checked: dangerous actions need no new proof for a while.
        signedIn.proven(now);
        signedIn.saveIn(session);
        throttle.succeeded(accountId);
        accounts.recordSignIn(username, clientAddress.of(request), "success");
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            external.redirect(external.getRequestContextPath() + "/admin/");
        }
    }
}
