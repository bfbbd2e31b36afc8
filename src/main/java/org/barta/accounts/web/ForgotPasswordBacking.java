package org.barta.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.barta.accounts.passwords.PasswordResetRequests;
import org.barta.platform.web.ClientAddress;

/**
 * {@code /forgot-password}: asks for a username or e-mail address and always answers the same, at once; whether a
 * link was mailed is decided in the background ({@link PasswordResetRequests}). Stateless: no session.
 */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    PasswordResetRequests requests;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    private String name;

    /** Answered with a redirect to the page saying "if it exists, a link is on its way", whatever was typed. */
    public void ask() throws IOException {
        requests.request(name, clientAddress.of(request));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/forgot-password?sent=true");
    }

    public boolean isSent() {
        return request.getParameter("sent") != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
