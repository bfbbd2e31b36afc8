package org.barta.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * How long one account (or one unknown name) must wait before its next sign-in attempt. Five attempts are free;
 * after {@code n} failures in a row, each within 15 minutes of the one before, the next attempt waits {@code 2^n}
 * seconds after the last (32 s after the fifth), never more than 15 minutes. A growing delay rather than a lock:
 * whoever floods an editor's name with guesses cannot keep the editor out for longer than that, and still gets no
 * more than a few dozen guesses an hour (ASVS 2.2.1 allows 100).
 *
 * @param failures attempts in the current run that have not been followed by a successful sign-in
 * @param lastAttempt when the latest of them started, null when there is none
 */
public record SignInBackoff(int failures, Instant lastAttempt) {

    public static final SignInBackoff NONE = new SignInBackoff(0, null);

    static final int FREE_ATTEMPTS = 5;
    static final Duration RUN = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    /** The earliest moment of the next attempt. */
    public Instant nextAttemptAt() {
        if (failures < FREE_ATTEMPTS || lastAttempt == null) {
            return Instant.MIN;
        }
        long seconds = failures >= 30 ? Long.MAX_VALUE : 1L << failures;
        return lastAttempt.plus(seconds >= MAX_DELAY.toSeconds() ? MAX_DELAY : Duration.ofSeconds(seconds));
    }

    public boolean allows(Instant now) {
        return !now.isBefore(nextAttemptAt());
    }

    /** Whether the run is over, so that nothing needs remembering. */
    public boolean expired(Instant now) {
        return lastAttempt == null || now.isAfter(lastAttempt.plus(RUN));
    }

    /**
     * The state once an attempt starts at {@code now}. It counts as failed until it succeeds, so parallel guesses
     * cannot slip in while a password is being checked.
     */
    public SignInBackoff afterAttempt(Instant now) {
        return new SignInBackoff(expired(now) ? 1 : failures + 1, now);
    }
}
