package org.barta.accounts.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.barta.accounts.Actor;
import org.barta.accounts.twofactor.TwoFactorService.SecondStep;
import org.barta.accounts.webauthn.Challenge;
import org.barta.accounts.webauthn.RelyingParty;
import org.barta.accounts.webauthn.SecurityKeyService;

/**
 * The options the page's script hands to the browser's WebAuthn calls, each with a fresh challenge kept in this
 * session ({@link SessionChallenges}). {@code POST /two-factor-key-options}: for the sign-in waiting for its second
 * step. {@code POST /admin/security-key-options?purpose=register}: to add a key, only with a recent proof of
 * identity (otherwise 403 with where to confirm it, so no key is made that could not be kept);
 * {@code purpose=confirm}: to confirm identity or remove a key. The answer goes to the script, never to a cache.
 */
@WebServlet({SecurityKeyOptionsServlet.SIGN_IN_PATH, SecurityKeyOptionsServlet.ADMIN_PATH})
public class SecurityKeyOptionsServlet extends HttpServlet {

    static final String SIGN_IN_PATH = "/two-factor-key-options";
    static final String ADMIN_PATH = "/admin/security-key-options";
    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityKeyService keys;

    @Inject
    transient RelyingParty relyingParty;

    @Inject
    transient PendingSignIn pending;

    @Inject
    transient CurrentEditor editor;

    @Inject
    transient Reauthentication reauthentication;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        HttpSession session = request.getSession(false);
        // Another site's page cannot ask for options in this session's name (the cookie is SameSite=Lax as well).
        if (session == null || !relyingParty.isAvailable() || !sameOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Instant now = Instant.now();
        if (request.getServletPath().equals(SIGN_IN_PATH)) {
            if (!pending.awaits(SecondStep.CODE) || !keys.hasKeys(pending.accountId())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            Challenge challenge = SessionChallenges.of(session).issue(Challenge.Purpose.SIGN_IN, pending.accountId(), now);
            json(response, keys.assertionOptions(pending.accountId(), challenge));
            return;
        }
        Actor actor = editor.actor();
        String purpose = request.getParameter("purpose");
        if ("register".equals(purpose)) {
            if (!reauthentication.confirmedFor(SecurityKeysBacking.PAGE)) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                json(response, Json.createObjectBuilder()
                        .add("confirm", request.getContextPath() + Reauthentication.PAGE).build().toString());
                return;
            }
            Challenge challenge = SessionChallenges.of(session).issue(Challenge.Purpose.REGISTER, actor.accountId(), now);
            json(response, keys.registrationOptions(actor, editor.getDisplayName(), challenge));
        } else if ("confirm".equals(purpose) && keys.hasKeys(actor.accountId())) {
            Challenge challenge = SessionChallenges.of(session).issue(Challenge.Purpose.CONFIRM, actor.accountId(), now);
            json(response, keys.assertionOptions(actor.accountId(), challenge));
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** A browser's fetch names the page's origin; it must be this site as its public address names it. */
    private boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return origin != null && relyingParty.address().map(a -> a.origin().equalsIgnoreCase(origin)).orElse(false);
    }

    private static void json(HttpServletResponse response, String body) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
