package org.barta.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.barta.accounts.AccountService;
import org.barta.accounts.LoginThrottle;
import org.barta.platform.web.ClientAddress;
import org.barta.platform.web.FacesMessages;

/**
 * The sign-in form. A new session id is issued before the credentials are checked (no session fixation);
 * repeated failures are throttled; every attempt is audited.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountService accounts;

    @Inject
    ClientAddress clientAddress;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String address = clientAddress.of(request);
        Optional<LoginThrottle.Attempt> attempt = throttle.begin(name, address, Instant.now());
        if (attempt.isEmpty()) {
            accounts.recordSignIn(name, address, "blocked");
            FacesMessages.error(null, "login.throttled");
            return;
        }
        request.getSession(true);
        request.changeSessionId();

        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(name, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> {
                throttle.succeeded(attempt.get());
                accounts.recordSignIn(name, address, "success");
                faces.responseComplete();
            }
            case SUCCESS -> {
                throttle.succeeded(attempt.get());
                accounts.recordSignIn(name, address, "success");
                external.redirect(external.getRequestContextPath() + "/admin/");
            }
            default -> {
                throttle.failed(attempt.get(), password, Instant.now());
                accounts.recordSignIn(name, address, "failure");
                // A failed attempt leaves the security runtime's "sign-in in progress" marker in the session,
                // which would make the next protected page answer blank instead of asking to sign in.
                request.getSession().invalidate();
                FacesMessages.error(null, "login.failed");
            }
        }
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
