package org.barta.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.barta.accounts.AccountService;
import org.barta.accounts.LoginThrottle;
import org.barta.accounts.twofactor.TwoFactorService;
import org.barta.accounts.twofactor.TwoFactorService.SecondStep;
import org.barta.platform.web.ClientAddress;
import org.barta.platform.web.FacesMessages;

/**
 * The second sign-in step: a code from the authenticator app, or a recovery code. A wrong code counts as a failed
 * sign-in for the throttle; once the account is throttled, the password has to be typed again.
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

    private String code;

    /** Without a password just accepted, this page has nothing to ask: back to the sign-in form. */
    public void requirePassword() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // Without a session there is nothing pending; asking the session-scoped bean would make one.
        if (external.getSession(false) == null || !pending.awaits(SecondStep.CODE)) {
            external.redirect(external.getRequestContextPath() + "/login");
        }
    }

    public void verify() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String address = clientAddress.of((HttpServletRequest) external.getRequest());
        if (!pending.awaits(SecondStep.CODE)) {
            external.redirect(external.getRequestContextPath() + "/login");
            return;
        }
        String name = pending.username();
        // Each code is an attempt of its own, counted as failed until the account is signed in.
        Optional<LoginThrottle.Attempt> attempt = throttle.begin(name, address, Instant.now());
        if (attempt.isEmpty()) {
            accounts.recordSignIn(name, address, "blocked");
            pending.clear();
            FacesMessages.error(null, "login.throttled");
            return;
        }
        if (twoFactor.verify(pending.actor(address), code)) {
            completion.complete(name, pending.accountId(), pending.groups());
            pending.clear();
            return;
        }
        throttle.failed(attempt.get(), null, Instant.now());
        accounts.recordSignIn(name, address, "code-failure");
        FacesMessages.error(null, "twofactor.wrongCode");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
