package org.barta.accounts.passwords;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.accounts.CredentialNotices;
import org.barta.accounts.LoginThrottle;
import org.barta.accounts.PasswordRules;
import org.barta.accounts.sessions.AccountSessions;
import org.barta.platform.BusinessException;

/**
 * A signed-in person changes their own password at {@code /admin/password}. The current password is asked for
 * and checked like a sign-in: through the identity store and {@link LoginThrottle}, so a stolen session guesses it
 * no faster than {@code /login}. Every other session of the account ends; the owner is told by mail
 * ({@code account.password.change}).
 */
@ApplicationScoped
public class PasswordService {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountService accounts;

    @Inject
    AccountSessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    CredentialNotices notices;

    /** Returns the account's new session generation, which this session (the one with {@code sessionKey}) holds. */
    @Transactional(dontRollbackOn = BusinessException.class)
    public int changeOwn(Actor actor, String current, char[] password, char[] again, String sessionKey) {
        Optional<LoginThrottle.Attempt> attempt = throttle.begin(actor.username(), actor.remoteAddress(),
                Instant.now());
        if (attempt.isEmpty()) {
            audit.record(actor, "account.password.change-blocked", "account", actor.accountId(), null);
            throw new BusinessException("login.throttled");
        }
        boolean right = current != null && !current.isEmpty() && identityStores.validate(
                new UsernamePasswordCredential(actor.username(), new Password(current)))
                .getStatus() == CredentialValidationResult.Status.VALID;
        if (!right) {
            throttle.failed(attempt.get(), current, Instant.now());
            audit.record(actor, "account.password.change-failure", "account", actor.accountId(), null);
            throw new BusinessException("password.current.wrong");
        }
        throttle.succeeded(actor.accountId());
        PasswordRules.check(password, again);
        if (new String(password).equals(current)) {
            throw new BusinessException("password.same");
        }
        Account account = accounts.replacePassword(actor.accountId(), password);
        sessions.keepOnly(account.getId(), sessionKey, account.getSessionGeneration());
        audit.record(actor, "account.password.change", "account", account.getId(), null);
        notices.send(account, "notice.password");
        return account.getSessionGeneration();
    }
}
