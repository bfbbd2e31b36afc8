package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The application's authentication mechanism. The container asks it about every request, public pages included;
 * a request without a session that neither signs in nor reaches a protected page is answered at once, because the
 * form sign-in would only look for a session to find nothing to do. Everything else goes to {@link FormSignIn}.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    @Inject
    FormSignIn form;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (!context.isProtected() && !context.isAuthenticationRequest() && request.getSession(false) == null) {
            return context.doNothing();
        }
        return form.validateRequest(request, response, context);
    }
}
