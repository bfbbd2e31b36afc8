package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form sign-in for {@code /admin/}, as the container's custom form mechanism does it: the sign-in pages check the
 * password and the second factor and hand over a {@link VerifiedCaller}, {@link AutoApplySession} keeps the caller
 * signed in for the session, and {@link LoginToContinue} sends visitors of protected pages to {@code /login} and back.
 * Typed to its own class so that {@link SignInMechanism} stays the only mechanism the container sees.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false)
@Typed(FormSignIn.class)
@ApplicationScoped
public class FormSignIn implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() instanceof VerifiedCaller caller) {
            return context.notifyContainerAboutLogin(caller.username(), caller.groups());
        }
        return context.doNothing();
    }
}
