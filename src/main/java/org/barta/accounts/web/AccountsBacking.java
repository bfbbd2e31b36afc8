package org.barta.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.Role;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;

/** Administrators list, create, disable and enable editorial accounts. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient CurrentEditor editor;

    private String username;
    private String displayName;
    private String email;
    private String password;
    private Role role = Role.AUTHOR;

    public List<Account> getAccounts() {
        return accounts.staff();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public void create() {
        try {
            accounts.createAccount(username, displayName, email, password == null ? null : password.toCharArray(), role,
                    editor.actor());
            FacesMessages.info(null, "accounts.created", username);
            username = displayName = email = password = null;
            role = Role.AUTHOR;
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public void setEnabled(long accountId, boolean enabled) {
        try {
            accounts.setEnabled(accountId, enabled, editor.actor());
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
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

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
