package org.barta.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.barta.accounts.passwords.PasswordService;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;

/**
 * {@code /admin/password}: anyone signed in changes their own password, with the current one. The session stays
 * signed in, at the account's new generation, while every other session ends. Also where {@link SessionGuard} keeps
 * a person whose password an administrator chose until they have chosen their own.
 */
@Named
@RequestScoped
public class PasswordBacking {

    static final String PAGE = "/admin/password";

    @Inject
    PasswordService passwords;

    @Inject
    CurrentEditor editor;

    @Inject
    HttpServletRequest request;

    private final ChosenPassword chosen = new ChosenPassword();
    private String current;

    public boolean isMustChange() {
        return SignedInSession.of(request).map(SignedInSession::mustChangePassword).orElse(false);
    }

    public void change() throws IOException {
        SignedInSession signedIn = SignedInSession.of(request)
                .orElseThrow(() -> new IllegalStateException("A password change without a signed-in session"));
        try {
            chosen.use((password, again) -> {
                int generation = passwords.changeOwn(editor.actor(), current, password, again, signedIn.key());
                signedIn.afterPasswordChange(generation).saveIn(request.getSession(false));
            });
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesMessages.info(null, "password.changed");
        external.redirect(external.getRequestContextPath() + "/admin/");
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public ChosenPassword getChosen() {
        return chosen;
    }
}
