package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.barta.accounts.twofactor.TwoFactorService;
import org.barta.accounts.webauthn.Challenge;
import org.barta.accounts.webauthn.SecurityKeyService;

/**
 * A signed-in person proves again who they are before a dangerous action: with their second factor (a code from
 * the app, a recovery code, or one of their security keys) when the account has one, otherwise with their password.
 * An account whose only second factor is a security key confirms with a key: its password alone is refused. It is checked exactly as at
 * sign-in: a code is accepted once ({@link TwoFactorService#verify}, the used step stored per account), and every
 * try goes through {@link LoginThrottle}, counted on the account's sign-in backoff and the client address, so this
 * page guesses no faster than the sign-in form. Each try is in the audit log: {@code account.reauth.success},
 * {@code .failure} or {@code .blocked} (besides {@code account.2fa.code-reused} for a replayed code).
 */
@ApplicationScoped
public class IdentityConfirmation {

    @Inject
    LoginThrottle throttle;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AuditLog audit;

    @Inject
    SecurityKeyService securityKeys;

    public enum Outcome { CONFIRMED, REFUSED, THROTTLED }

    /** What the person must type: a code when the account has an authenticator app, else the password. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean asksForCode(long accountId) {
        return twoFactor.isEnrolled(accountId);
    }

    /** Whether the account can confirm with a security key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean acceptsKey(long accountId) {
        return securityKeys.hasKeys(accountId);
    }

    /** Whether anything typed can confirm: not for an account whose only second factor is a security key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean acceptsTyped(long accountId) {
        return asksForCode(accountId) || !acceptsKey(accountId);
    }

    @Transactional
    public Outcome confirm(Actor actor, String typed) {
        Optional<LoginThrottle.Attempt> attempt = throttle.begin(actor.username(), actor.remoteAddress(),
                Instant.now());
        if (attempt.isEmpty()) {
            audit.record(actor, "account.reauth.blocked", "account", actor.accountId(), null);
            return Outcome.THROTTLED;
        }
        boolean code = asksForCode(actor.accountId());
        boolean right = typed != null && !typed.isBlank() && acceptsTyped(actor.accountId())
                && (code ? twoFactor.verify(actor, typed.strip())
                : identityStores.validate(new UsernamePasswordCredential(actor.username(), new Password(typed)))
                        .getStatus() == CredentialValidationResult.Status.VALID);
        if (!right) {
            throttle.failed(attempt.get(), code ? null : typed, Instant.now());
            audit.record(actor, "account.reauth.failure", "account", actor.accountId(), code ? "code" : "password");
            return Outcome.REFUSED;
        }
        throttle.succeeded(actor.accountId());
        audit.record(actor, "account.reauth.success", "account", actor.accountId(), code ? "code" : "password");
        return Outcome.CONFIRMED;
    }

    /** As {@link #confirm}, with a signature of one of the account's security keys over its confirm challenge. */
    @Transactional
    public Outcome confirmWithKey(Actor actor, String response, Optional<Challenge> challenge) {
        Optional<LoginThrottle.Attempt> attempt = throttle.begin(actor.username(), actor.remoteAddress(),
                Instant.now());
        if (attempt.isEmpty()) {
            audit.record(actor, "account.reauth.blocked", "account", actor.accountId(), null);
            return Outcome.THROTTLED;
        }
        if (securityKeys.verify(actor, response, challenge) != SecurityKeyService.Verdict.ACCEPTED) {
            throttle.failed(attempt.get(), null, Instant.now());
            audit.record(actor, "account.reauth.failure", "account", actor.accountId(), "security key");
            return Outcome.REFUSED;
        }
        throttle.succeeded(actor.accountId());
        audit.record(actor, "account.reauth.success", "account", actor.accountId(), "security key");
        return Outcome.CONFIRMED;
    }
}
