package org.barta.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.Role;
import org.barta.accounts.lockdown.EmergencyLockDown;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;

/** Administrators list, create, disable and enable editorial accounts, end their sessions and lock them down. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient EmergencyLockDown lockDown;

    @Inject
    transient CurrentEditor editor;

    @Inject
    transient Reauthentication reauthentication;

    private AccountForm form = new AccountForm();
    private Role role = Role.AUTHOR;

    public List<Account> getAccounts() {
        return accounts.staff();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public void create() {
        if (!reauthentication.confirmed()) {
            return;
        }
        try {
            accounts.createAccount(form.getUsername(), form.getDisplayName(), form.getEmail(), form.passwordChars(),
                    role, editor.actor());
            FacesMessages.info(null, "accounts.created", form.getUsername());
            form = new AccountForm();
            role = Role.AUTHOR;
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public void setEnabled(long accountId, boolean enabled) {
        if (!reauthentication.confirmed()) {
            return;
        }
        try {
            accounts.setEnabled(accountId, enabled, editor.actor());
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public void endSessions(long accountId) {
        if (!reauthentication.confirmed()) {
            return;
        }
        try {
            accounts.endSessions(accountId, editor.actor());
            FacesMessages.info(null, "accounts.sessionsEnded");
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public void lockDown(long accountId) {
        if (!reauthentication.confirmed()) {
            return;
        }
        try {
            lockDown.lockDown(accountId, editor.actor());
            FacesMessages.info(null, "accounts.lockedDown");
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public AccountForm getForm() {
        return form;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
