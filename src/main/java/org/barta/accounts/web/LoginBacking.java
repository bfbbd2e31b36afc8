package org.barta.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.LoginThrottle;
import org.barta.accounts.twofactor.TwoFactorService;
import org.barta.accounts.twofactor.TwoFactorService.SecondStep;
import org.barta.platform.web.ClientAddress;
import org.barta.platform.web.FacesMessages;

/**
 * The sign-in form. Repeated failures are throttled; every attempt is audited. A right password signs in at once
 * only for accounts that need no second factor; the others go on to the code page, or to enrolment when their
 * role requires two-factor sign-in and they have no app yet. The session is made (with a new id, against session
 * fixation) only once the password is accepted.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountService accounts;

    @Inject
    ClientAddress clientAddress;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    PendingSignIn pending;

    @Inject
    SignInCompletion completion;

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String address = clientAddress.of(request);
        Optional<LoginThrottle.Attempt> attempt = throttle.begin(name, address, Instant.now());
        if (attempt.isEmpty()) {
            accounts.recordSignIn(name, address, "blocked");
            FacesMessages.error(null, "login.throttled");
            return;
        }
        CredentialValidationResult checked = identityStores.validate(
                new UsernamePasswordCredential(name, new Password(password)));
        Account account = checked.getStatus() == CredentialValidationResult.Status.VALID
                ? accounts.byUsername(name).orElse(null) : null;
        if (account == null) {
            throttle.failed(attempt.get(), password, Instant.now());
            accounts.recordSignIn(name, address, "failure");
            FacesMessages.error(null, "login.failed");
            return;
        }
        request.getSession(true);
        request.changeSessionId();
        SecondStep step = twoFactor.secondStep(account.getId(), account.getRole());
        if (step == SecondStep.NONE) {
            completion.complete(name, account.getId(), checked.getCallerGroups());
            return;
        }
        pending.begin(account.getId(), name, account.getRole(), checked.getCallerGroups(), step);
        accounts.recordSignIn(name, address, "password");
        external.redirect(external.getRequestContextPath()
                + (step == SecondStep.CODE ? SecondStepBacking.PAGE : EnrolmentBacking.SIGN_IN_PAGE));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
