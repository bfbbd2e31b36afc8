package org.barta.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInBackoffTest {

    private static final Instant T0 = Instant.parse("2026-12-02T04:00:00Z");

    @Test
    void fiveAttemptsAreFreeThenEachWaitsTwiceAsLong() {
        SignInBackoff backoff = SignInBackoff.NONE;
        for (int i = 0; i < 5; i++) {
            assertThat(backoff.allows(T0)).as("attempt " + (i + 1)).isTrue();
            backoff = backoff.afterAttempt(T0);
        }

        assertThat(backoff.allows(T0.plusSeconds(31))).isFalse();
        assertThat(backoff.allows(T0.plusSeconds(32))).as("2^5 s after the fifth").isTrue();
        backoff = backoff.afterAttempt(T0.plusSeconds(32));
        assertThat(backoff.nextAttemptAt()).isEqualTo(T0.plusSeconds(32 + 64));
    }

    @Test
    void theDelayNeverExceedsFifteenMinutesSoNobodyIsLockedOut() {
        SignInBackoff backoff = new SignInBackoff(1_000, T0);

        assertThat(backoff.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(backoff.allows(T0.plus(Duration.ofMinutes(15)))).isTrue();
    }

    @Test
    void aRunEndsFifteenMinutesAfterItsLastAttempt() {
        SignInBackoff backoff = new SignInBackoff(7, T0);

        assertThat(backoff.afterAttempt(T0.plus(Duration.ofMinutes(15)).plusMillis(1)).failures()).isEqualTo(1);
        assertThat(backoff.afterAttempt(T0.plus(Duration.ofMinutes(15))).failures()).isEqualTo(8);
    }

    @Test
    void aGuesserTryingEverySecondGetsFarFewerThanAHundredGuessesAnHour() {
        SignInBackoff backoff = SignInBackoff.NONE;
        int guesses = 0;
        for (Instant now = T0; now.isBefore(T0.plus(Duration.ofHours(1))); now = now.plusSeconds(1)) {
            if (backoff.allows(now)) {
                backoff = backoff.afterAttempt(now);
                guesses++;
            }
        }

        assertThat(guesses).isLessThanOrEqualTo(20);
    }

    @Test
    void aGuesserWhoLetsEachRunExpireGetsNoMoreThanAHundredAnHourEither() {
        SignInBackoff backoff = SignInBackoff.NONE;
        int guesses = 0;
        Instant now = T0;
        while (now.isBefore(T0.plus(Duration.ofHours(1)))) {
            backoff = backoff.afterAttempt(now);
            guesses++;
            Instant next = backoff.nextAttemptAt();
            now = next.isAfter(now) ? next : now.plusMillis(1);
            if (backoff.failures() >= 10) {
                now = backoff.lastAttempt().plus(SignInBackoff.RUN).plusMillis(1);
            }
        }

        assertThat(guesses).isLessThan(100);
    }
}
