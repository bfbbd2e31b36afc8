package org.barta.accounts.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.barta.accounts.AccountService;
import org.barta.accounts.FirstRunSetup;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;

/** The first-run page: creates the first administrator for the holder of the setup link. */
@Named
@ViewScoped
public class SetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient FirstRunSetup firstRun;

    private final AccountForm form = new AccountForm();
    private String token;
    private String passwordAgain;

    public boolean isOpen() {
        return firstRun.isOpen();
    }

    public void create() throws IOException {
        if (!form.getPassword().equals(passwordAgain)) {
            FacesMessages.error("setup:passwordAgain", "account.password.mismatch");
            return;
        }
        try {
            accounts.createFirstAdministrator(token, form.getUsername(), form.getDisplayName(), form.getEmail(),
                    form.passwordChars());
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesMessages.info(null, "setup.done");
        external.redirect(external.getRequestContextPath() + "/login");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public AccountForm getForm() {
        return form;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
