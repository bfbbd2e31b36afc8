package org.barta.accounts.lockdown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.twofactor.TwoFactorService;

/**
 * One button for when a staff member is detained or a device seized: the account is disabled, every session of it
 * ends at its next request, and its authenticator app and recovery codes are revoked, all in one transaction, so a
 * half-done lock-down never leaves a usable second factor behind. Each part is in the audit log.
 */
@ApplicationScoped
public class EmergencyLockDown {

    @Inject
    AccountService accounts;

    @Inject
    TwoFactorService twoFactor;

    @Transactional
    public void lockDown(long accountId, Actor actor) {
        accounts.lockDown(accountId, actor);
        twoFactor.revoke(accountId, actor);
    }
}
