package org.barta.accounts.twofactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.barta.accounts.AccountRepository;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.accounts.CredentialNotices;
import org.barta.accounts.Role;
import org.barta.accounts.webauthn.SecurityKeyService;
import org.barta.platform.BusinessException;

/**
 * Enrols, checks and removes an account's authenticator app and recovery codes. Enrolment, removal, a recovery
 * code used and a replayed code refused all go into the audit log (ASVS 2.8.5). Enrolling, removing and new
 * recovery codes are mailed to the account's owner ({@link CredentialNotices}).
 */
@ApplicationScoped
public class TwoFactorService {

    @Inject
    TwoFactorRepository store;

    @Inject
    SecretCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    TwoFactorPolicy policy;

    @Inject
    SecurityKeyService securityKeys;

    @Inject
    AccountRepository accounts;

    @Inject
    CredentialNotices notices;

    /**
     * What an account must do after its password: nothing more, give its second factor (a code, or one of its
     * security keys), or enrol an app first. A security key alone counts as enrolled.
     */
    public enum SecondStep { NONE, CODE, ENROL }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isEnrolled(long accountId) {
        return store.enrolment(accountId).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SecondStep secondStep(long accountId, Role role) {
        if (isEnrolled(accountId) || securityKeys.hasKeys(accountId)) {
            return SecondStep.CODE;
        }
        return policy.requiredFor(role) ? SecondStep.ENROL : SecondStep.NONE;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unusedRecoveryCodes(long accountId) {
        return store.unusedRecoveryCodes(accountId);
    }

    /**
     * Keeps a secret once the person proves their app holds it with a current code, and returns the recovery
     * codes, the only time they are ever shown. The confirming code's step counts as used.
     */
    @Transactional
    public List<String> enrol(Actor actor, byte[] secret, String code) {
        if (isEnrolled(actor.accountId())) {
            throw new BusinessException("twofactor.alreadyEnrolled");
        }
        Totp.Verdict verdict = Totp.verify(secret, code, Instant.now(), -1);
        if (verdict.outcome() != Totp.Verdict.Outcome.ACCEPTED) {
            throw new BusinessException("twofactor.wrongCode");
        }
        store.add(new TotpEnrolment(actor.accountId(), cipher.encrypt(actor.accountId(), secret), verdict.step()));
        List<String> codes = RecoveryCodes.generate();
        codes.forEach(c -> store.add(new RecoveryCode(actor.accountId(), RecoveryCodes.hash(c))));
        audit.record(actor, "account.2fa.enrol", "account", actor.accountId(), null);
        tellOwner(actor.accountId(), "notice.twoFactor.enrol");
        return codes;
    }

    /**
     * The second step of signing in: a code from the app, or a recovery code, each accepted once. Runs in its own
     * transaction so that a refusal is audited even though the sign-in fails.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean verify(Actor actor, String typed) {
        long account = actor.accountId();
        if (RecoveryCodes.looksLikeOne(typed)) {
            boolean used = store.useRecoveryCode(account, RecoveryCodes.hash(typed), Instant.now());
            if (used) {
                audit.record(actor, "account.2fa.recovery-used", "account", account,
                        store.unusedRecoveryCodes(account) + " left");
            }
            return used;
        }
        TotpEnrolment enrolment = store.enrolment(account).orElse(null);
        if (enrolment == null) {
            return false;
        }
        Totp.Verdict verdict = Totp.verify(cipher.decrypt(account, enrolment.secretCiphertext()), typed,
                Instant.now(), enrolment.lastUsedStep());
        return switch (verdict.outcome()) {
            case WRONG -> false;
            case ACCEPTED -> store.useStep(account, verdict.step()) || refuseReplay(actor, verdict.step());
            case REUSED -> refuseReplay(actor, verdict.step());
        };
    }

    /**
     * Removes the person's own app and recovery codes. The page does this only once a current code typed with the
     * request was accepted under the sign-in throttle ({@code accounts/IdentityConfirmation}).
     */
    @Transactional
    public void disable(Actor actor) {
        store.remove(actor.accountId());
        audit.record(actor, "account.2fa.disable", "account", actor.accountId(), null);
        tellOwner(actor.accountId(), "notice.twoFactor.disable");
    }

    /**
     * Ten new recovery codes in place of all the old ones, used or not (after the old ones were seen by someone
     * else, or most are used up); shown once, like at enrolment. Like turning it off, only for a recent proof.
     */
    @Transactional
    public List<String> regenerateRecoveryCodes(Actor actor) {
        if (!isEnrolled(actor.accountId())) {
            throw new BusinessException("twofactor.notEnrolled");
        }
        store.removeRecoveryCodes(actor.accountId());
        List<String> codes = RecoveryCodes.generate();
        codes.forEach(c -> store.add(new RecoveryCode(actor.accountId(), RecoveryCodes.hash(c))));
        audit.record(actor, "account.2fa.recovery-regenerate", "account", actor.accountId(), null);
        tellOwner(actor.accountId(), "notice.twoFactor.codes");
        return codes;
    }

    /**
     * An administrator removes someone's app, recovery codes and security keys, for a seized device (see the
     * lock-down) or a recovery. No notice goes to the owner from here: a recovery sends its own, and a lock-down
     * sends none, since the owner's mailbox may be read on the seized device by whoever holds it.
     */
    @Transactional
    public void revoke(long accountId, Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new BusinessException("account.forbidden");
        }
        store.remove(accountId);
        securityKeys.removeAll(accountId);
        audit.record(actor, "account.2fa.revoke", "account", accountId, null);
    }

    private void tellOwner(long accountId, String what) {
        accounts.find(accountId).ifPresent(account -> notices.send(account, what));
    }

    private boolean refuseReplay(Actor actor, long step) {
        audit.record(actor, "account.2fa.code-reused", "account", actor.accountId(), "step " + step);
        return false;
    }
}
