package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.barta.platform.web.SecurityHeaders;
import org.barta.platform.web.TransportSecurity;

/**
 * The application's authentication mechanism. The container asks it about every request, public pages included;
 * a request without a session that neither signs in nor reaches a protected page is answered at once, because the
 * form sign-in would only look for a session to find nothing to do. A visitor without a session who asks for a
 * protected page is sent to {@code /login} from here ({@link SignInRedirect}: told so if it
 * still sent a session that has ended), because the form sign-in would keep the address asked for in
 * a new session: anonymous requests never make sessions (every visitor, or a flood of them, would hold server
 * memory for an hour). This answer comes before the servlet filters, so it carries the security headers itself.
 * Everything else goes to {@link FormSignIn}.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    @Inject
    FormSignIn form;

    @Inject
    TransportSecurity transport;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (!context.isAuthenticationRequest() && request.getSession(false) == null) {
            if (!context.isProtected()) {
                return context.doNothing();
            }
            SecurityHeaders.apply(SecurityHeaders.Area.ADMIN, transport.isHttps(), response::setHeader);
            try {
                SignInRedirect.send(request, response, SignInRedirect.pageFor(request));
            } catch (IOException e) {
                throw new AuthenticationException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return form.validateRequest(request, response, context);
    }
}
