package org.barta.accounts.lockdown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.accounts.invitations.InvitationService;
import org.barta.accounts.passwords.PasswordResets;
import org.barta.accounts.twofactor.TwoFactorService;

/**
 * One button for when a staff member is detained or a device seized: the account is disabled, every session of it
 * ends at its next request, its authenticator app and recovery codes are revoked, the invitations it sent that
 * nobody accepted yet and its password-reset links stop working, all in one transaction, so a half-done lock-down
 * never leaves a usable second factor or link behind. Each part is in the audit log.
 */
@ApplicationScoped
public class EmergencyLockDown {

    @Inject
    AccountService accounts;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    InvitationService invitations;

    @Inject
    PasswordResets resets;

    @Inject
    AuditLog audit;

    @Transactional
    public void lockDown(long accountId, Actor actor) {
        accounts.lockDown(accountId, actor);
        twoFactor.revoke(accountId, actor);
        invitations.revokeAllFrom(accountId, actor);
        int links = resets.revokeAll(accountId);
        if (links > 0) {
            audit.record(actor, "account.password.reset-revoke", "account", accountId, links + " link(s)");
        }
    }
}
