package org.barta.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.Role;
import org.barta.accounts.invitations.Invitation;
import org.barta.accounts.invitations.InvitationService;
import org.barta.accounts.lockdown.EmergencyLockDown;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;

/**
 * Administrators list accounts, invite people (nobody types anyone else's password), send again or revoke pending
 * invitations, change roles, disable and enable accounts, end their sessions and lock them down. Every action asks
 * for a recent proof of identity first.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient InvitationService invitations;

    @Inject
    transient EmergencyLockDown lockDown;

    @Inject
    transient CurrentEditor editor;

    @Inject
    transient Reauthentication reauthentication;

    private AccountForm form = new AccountForm();
    private Role role = Role.AUTHOR;
    private Long roleAccount;
    private Role newRole;

    public List<Account> getAccounts() {
        return accounts.staff();
    }

    public List<Invitation> getInvitations() {
        return invitations.open(editor.actor());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public void invite() {
        if (!reauthentication.confirmed()) {
            return;
        }
        try {
            invitations.invite(form.getUsername(), form.getDisplayName(), form.getEmail(), role, editor.actor());
            FacesMessages.info(null, "invitation.sent", form.getEmail());
            form = new AccountForm();
            role = Role.AUTHOR;
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public void resend(long invitationId) {
        if (!reauthentication.confirmed()) {
            return;
        }
        try {
            invitations.resend(invitationId, editor.actor());
            FacesMessages.info(null, "invitation.resent");
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public void revoke(long invitationId) {
        if (!reauthentication.confirmed()) {
            return;
        }
        try {
            invitations.revoke(invitationId, editor.actor());
            FacesMessages.info(null, "invitation.revoked.done");
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public void changeRole() {
        if (!reauthentication.confirmed()) {
            return;
        }
        try {
            if (roleAccount == null) {
                throw new BusinessException("account.notFound");
            }
            accounts.changeRole(roleAccount, newRole, editor.actor());
            FacesMessages.info(null, "accounts.roleChanged");
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

    public void requireNewPassword(long accountId) {
        if (!reauthentication.confirmed()) {
            return;
        }
        try {
            accounts.requireNewPassword(accountId, editor.actor());
            FacesMessages.info(null, "accounts.newPasswordRequired");
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

    public Long getRoleAccount() {
        return roleAccount;
    }

    public void setRoleAccount(Long roleAccount) {
        this.roleAccount = roleAccount;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }
}
