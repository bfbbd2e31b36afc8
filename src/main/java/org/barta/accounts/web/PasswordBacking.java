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

    private String current;
    private String password;
    private String again;

    public boolean isMustChange() {
        return SignedInSession.of(request).map(SignedInSession::mustChangePassword).orElse(false);
    }

    public void change() throws IOException {
        SignedInSession signedIn = SignedInSession.of(request)
                .orElseThrow(() -> new IllegalStateException("A password change without a signed-in session"));
        try {
            int generation = passwords.changeOwn(editor.actor(), current, chars(password), chars(again),
                    signedIn.key());
            signedIn.afterPasswordChange(generation).saveIn(request.getSession(false));
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesMessages.info(null, "password.changed");
        external.redirect(external.getRequestContextPath() + "/admin/");
    }

    private static char[] chars(String value) {
        return value == null ? null : value.toCharArray();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getAgain() {
        return again;
    }

    public void setAgain(String again) {
        this.again = again;
    }
}
