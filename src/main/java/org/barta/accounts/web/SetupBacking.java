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

    private String token;
    private String username;
    private String displayName;
    private String email;
    private String password;
    private String passwordAgain;

    public boolean isOpen() {
        return firstRun.isOpen();
    }

    public void create() throws IOException {
        if (!password.equals(passwordAgain)) {
            FacesMessages.error("setup:passwordAgain", "account.password.mismatch");
            return;
        }
        try {
            accounts.createFirstAdministrator(token, username, displayName, email, password.toCharArray());
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

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
