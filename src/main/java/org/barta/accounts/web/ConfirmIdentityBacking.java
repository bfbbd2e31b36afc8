package org.barta.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.barta.accounts.Actor;
import org.barta.accounts.IdentityConfirmation;
import org.barta.accounts.RecentProof;
import org.barta.accounts.webauthn.Challenge;
import org.barta.accounts.webauthn.RelyingParty;
import org.barta.platform.web.FacesMessages;

/**
 * {@code /admin/confirm-identity}: before a dangerous action, a signed-in person whose last proof is too old types
 * a code from their authenticator app or a recovery code (or, without an app, their password), or touches one of
 * their security keys (the only way when a key is their only second factor). Once it is accepted the session counts
 * as proven from now, and the browser goes back to the page the action was refused on.
 */
@Named
@RequestScoped
public class ConfirmIdentityBacking {

    @Inject
    IdentityConfirmation identity;

    @Inject
    CurrentEditor editor;

    @Inject
    RecentProof recentProof;

    @Inject
    Reauthentication reauthentication;

    @Inject
    HttpServletRequest request;

    @Inject
    RelyingParty relyingParty;

    private String secret;
    private String keyResponse;
    private Boolean asksForCode;
    private Boolean acceptsKey;
    private Boolean acceptsTyped;

    /** A code from the app or a recovery code; false: the account has no app and confirms with its password. */
    public boolean isAsksForCode() {
        if (asksForCode == null) {
            asksForCode = identity.asksForCode(editor.actor().accountId());
        }
        return asksForCode;
    }

    /** "Use your security key" is offered. */
    public boolean isAcceptsKey() {
        if (acceptsKey == null) {
            acceptsKey = relyingParty.isAvailable() && identity.acceptsKey(editor.actor().accountId());
        }
        return acceptsKey;
    }

    /** The code or password field is shown: not when a security key is the account's only second factor. */
    public boolean isAcceptsTyped() {
        if (acceptsTyped == null) {
            acceptsTyped = identity.acceptsTyped(editor.actor().accountId());
        }
        return acceptsTyped;
    }

    public long getMinutes() {
        return recentProof.window().toMinutes();
    }

    public void confirm() throws IOException {
        switch (identity.confirm(editor.actor(), secret)) {
            case CONFIRMED -> goBack();
            case THROTTLED -> FacesMessages.error(null, "login.throttled");
            case REFUSED -> FacesMessages.error(null, isAsksForCode() ? "twofactor.wrongCode" : "reauth.wrongPassword");
        }
        secret = null;
    }

    public void confirmWithKey() throws IOException {
        Actor actor = editor.actor();
        switch (identity.confirmWithKey(actor, keyResponse, SessionChallenges.of(request.getSession(false))
                .take(Challenge.Purpose.CONFIRM, actor.accountId(), Instant.now()))) {
            case CONFIRMED -> goBack();
            case THROTTLED -> FacesMessages.error(null, "login.throttled");
            case REFUSED -> FacesMessages.error(null, "securitykey.refused");
        }
        keyResponse = null;
    }

    private void goBack() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        reauthentication.provenNow();
        HttpSession session = request.getSession(false);
        Object back = session.getAttribute(Reauthentication.RETURN_TO);
        session.removeAttribute(Reauthentication.RETURN_TO);
        String context = external.getRequestContextPath();
        external.redirect(back instanceof String address && Reauthentication.isAdminPath(context, address) ? address
                : context + "/admin/");
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getKeyResponse() {
        return keyResponse;
    }

    public void setKeyResponse(String keyResponse) {
        this.keyResponse = keyResponse;
    }
}
