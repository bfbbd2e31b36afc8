package org.barta.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.barta.accounts.passwords.PasswordResets;
import org.barta.platform.BusinessException;
import org.barta.platform.web.ClientAddress;
import org.barta.platform.web.FacesMessages;

/**
 * {@code /password-reset?token=…}: a mailed reset link or an administrator's recovery link sets a new password.
 * Stateless like sign-in; the token goes from the link into the form. Afterwards the person signs in as usual,
 * with their second factor where they have one.
 */
@Named
@RequestScoped
public class PasswordResetBacking {

    @Inject
    PasswordResets resets;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    private final ChosenPassword chosen = new ChosenPassword();
    private Boolean usable;

    public String getToken() {
        return request.getParameter("token");
    }

    public boolean isUsable() {
        if (usable == null) {
            usable = resets.usable(getToken());
        }
        return usable;
    }

    public void reset() throws IOException {
        try {
            chosen.use((password, again) -> resets.use(getToken(), password, again, clientAddress.of(request)));
        } catch (BusinessException refusal) {
            usable = null;
            FacesMessages.error(null, refusal);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesMessages.info(null, "reset.done");
        external.redirect(external.getRequestContextPath() + "/login");
    }

    public ChosenPassword getChosen() {
        return chosen;
    }
}
