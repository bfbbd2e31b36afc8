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
import java.util.Optional;
import java.util.function.Function;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.LoginThrottle;
import org.barta.accounts.twofactor.TwoFactorService;
import org.barta.accounts.twofactor.TwoFactorService.SecondStep;
import org.barta.accounts.webauthn.Challenge;
import org.barta.accounts.webauthn.RelyingParty;
import org.barta.accounts.webauthn.SecurityKeyService;
import org.barta.platform.web.ClientAddress;
import org.barta.platform.web.FacesMessages;

/**
 * The second sign-in step: a code from the authenticator app, a recovery code, or one of the account's security
 * keys. A wrong code or a refused key counts as a failed sign-in for the throttle; once the account is throttled, the
 * password has to be typed again.
 */
@Named
@RequestScoped
public class SecondStepBacking {

    static final String PAGE = "/two-factor";

    @Inject
    PendingSignIn pending;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountService accounts;

    @Inject
    SignInCompletion completion;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SecurityKeyService securityKeys;

    @Inject
    RelyingParty relyingParty;

    private String code;
    private String keyResponse;
    private Boolean hasApp;
    private Boolean hasKey;

    /** Without a password just accepted, this page has nothing to ask: back to the sign-in form. */
    public void requirePassword() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // Without a session there is nothing pending; asking the session-scoped bean would make one.
        if (external.getSession(false) == null || !pending.awaits(SecondStep.CODE)) {
            external.redirect(external.getRequestContextPath() + "/login");
        }
    }

    /** Whether the account has an authenticator app (and so recovery codes): then the code field is shown. */
    public boolean isHasApp() {
        if (hasApp == null) {
            hasApp = pending.awaits(SecondStep.CODE) && twoFactor.isEnrolled(pending.accountId());
        }
        return hasApp;
    }

    /** Whether "Use your security key" is offered: the account has one and this address allows them. */
    public boolean isHasKey() {
        if (hasKey == null) {
            hasKey = relyingParty.isAvailable() && pending.awaits(SecondStep.CODE)
                    && securityKeys.hasKeys(pending.accountId());
        }
        return hasKey;
    }

    public void verify() throws IOException {
        check("code-failure", actor -> twoFactor.verify(actor, code) ? null : "twofactor.wrongCode");
    }

    /** The signature the page's script got from the security key, over this session's sign-in challenge. */
    public void verifyKey() throws IOException {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        check("key-failure", actor -> switch (securityKeys.verify(actor, keyResponse,
                SessionChallenges.of(session).take(Challenge.Purpose.SIGN_IN, actor.accountId(), Instant.now()))) {
            case ACCEPTED -> null;
            case CLONED -> "securitykey.cloned";
            case REFUSED -> "securitykey.refused";
        });
    }

    /**
     * One try of the second factor, an attempt of its own, counted as failed until the account is signed in.
     * {@code factor} answers null when it accepts, else the message that says why not.
     */
    private void check(String failure, Function<Actor, String> factor) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String address = clientAddress.of((HttpServletRequest) external.getRequest());
        if (!pending.awaits(SecondStep.CODE)) {
            external.redirect(external.getRequestContextPath() + "/login");
            return;
        }
        String name = pending.username();
        Optional<LoginThrottle.Attempt> attempt = throttle.begin(name, address, Instant.now());
        if (attempt.isEmpty()) {
            accounts.recordSignIn(name, address, "blocked");
            pending.clear();
            FacesMessages.error(null, "login.throttled");
            return;
        }
        String refusal = factor.apply(pending.actor(address));
        if (refusal == null) {
            completion.complete(name, pending.accountId(), pending.groups());
            pending.clear();
            return;
        }
        throttle.failed(attempt.get(), null, Instant.now());
        accounts.recordSignIn(name, address, failure);
        FacesMessages.error(null, refusal);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getKeyResponse() {
        return keyResponse;
    }

    public void setKeyResponse(String keyResponse) {
        this.keyResponse = keyResponse;
    }
}
