package org.barta.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.barta.platform.RateLimiter;
import org.barta.platform.cluster.RateLimits;

/**
 * Slows password guessing without letting anyone lock an editor out. Per account: the growing delay of
 * {@link SignInBackoff}, kept in the account's row, so it is shared by all instances, keyed on the account the
 * typed name resolves to, and survives any flood of other names. Names that are no account get the same delays in
 * memory ({@link UnknownNameAttempts}). Per client address: 20 failures within 15 minutes, counted across instances,
 * then refusal until the window has passed. An attempt for a name the identity store does not check (unknown or disabled) still costs one
 * password hash, so the answer's timing does not tell which names exist.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    private static final int CLAIM_TRIES = 3;
    private static final int FAILURES_PER_ADDRESS = 20;

    private RateLimiter failuresByAddress;
    private final UnknownNameAttempts unknownNames = new UnknownNameAttempts();

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    RateLimits limits;

    @PostConstruct
    void createLimits() {
        failuresByAddress = limits.named("sign-in-failures", FAILURES_PER_ADDRESS, ADDRESS_WINDOW);
    }

    /** A sign-in attempt that was allowed to start. */
    public record Attempt(String address, SignInRecord account) {
    }

    /**
     * Starts an attempt, counted as failed until {@link #succeeded}; empty when the address or the account must
     * wait, in which case the password must not be checked.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Attempt> begin(String username, String address, Instant now) {
        if (failuresByAddress.isExhausted(address, now)) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < CLAIM_TRIES; attempt++) {
            Optional<SignInRecord> account = accounts.findSignInRecord(username);
            if (account.isEmpty()) {
                return unknownNames.tryStart(username, now) ? Optional.of(new Attempt(address, null))
                        : Optional.empty();
            }
            SignInBackoff backoff = account.get().backoff();
            if (!backoff.allows(now)) {
                return Optional.empty();
            }
            if (accounts.replaceSignInBackoff(account.get().accountId(), backoff.failures(),
                    backoff.afterAttempt(now))) {
                return Optional.of(new Attempt(address, account.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The account signed in (after its second factor, where it has one): its count starts again. Until then every
     * attempt, a right password waiting for its code included, counts as failed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(long accountId) {
        accounts.clearSignInBackoff(accountId);
    }

    /** Counts the failure against the address, after as long a password check as a real account's would take. */
    public void failed(Attempt attempt, String password, Instant now) {
        if (attempt.account() == null || !attempt.account().enabled()) {
            hashing.verifyAgainstDummy(password == null ? new char[0] : password.toCharArray());
        }
        failuresByAddress.tryAcquire(attempt.address(), now);
    }
}
