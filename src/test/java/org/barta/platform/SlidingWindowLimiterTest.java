package org.barta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-24T04:00:00Z");

    @Test
    void refusesPastTheLimitUntilTheWindowHasPassed() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(3, Duration.ofMinutes(10));

        assertThat(limiter.tryAcquire("a", T0)).isTrue();
        assertThat(limiter.tryAcquire("a", T0.plusSeconds(60))).isTrue();
        assertThat(limiter.tryAcquire("a", T0.plusSeconds(120))).isTrue();
        assertThat(limiter.isExhausted("a", T0.plusSeconds(130))).isTrue();
        assertThat(limiter.tryAcquire("a", T0.plusSeconds(130))).isFalse();
        assertThat(limiter.tryAcquire("b", T0.plusSeconds(130))).as("keys are separate").isTrue();

        assertThat(limiter.tryAcquire("a", T0.plus(Duration.ofMinutes(10)).plusSeconds(1)))
                .as("the first event left the window").isTrue();
    }

    @Test
    void aFloodOfNewKeysForgetsNoKeyThatIsStillCounted() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(2, Duration.ofMinutes(15));
        limiter.tryAcquire("victim", T0);
        limiter.tryAcquire("victim", T0);

        for (int i = 0; i <= SlidingWindowLimiter.DEFAULT_MAX_KEYS; i++) {
            limiter.tryAcquire("flood-" + i, T0.plusSeconds(1));
        }

        assertThat(limiter.isExhausted("victim", T0.plusSeconds(2))).as("still counted after the flood").isTrue();
        assertThat(limiter.trackedKeys()).as("memory stays bounded").isLessThanOrEqualTo(SlidingWindowLimiter.DEFAULT_MAX_KEYS + 1);
        assertThat(limiter.tryAcquire("newcomer", T0.plusSeconds(2)))
                .as("new keys share the exhausted overflow counter while the table is full").isFalse();
    }

    @Test
    void keysWithNothingLeftInTheWindowMakeRoomForNewOnes() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(2, Duration.ofMinutes(15), 1_000);
        for (int i = 0; i < 999; i++) {
            limiter.tryAcquire("old-" + i, T0);
        }
        limiter.tryAcquire("victim", T0.plus(Duration.ofMinutes(10)));
        limiter.tryAcquire("victim", T0.plus(Duration.ofMinutes(10)));

        Instant later = T0.plus(Duration.ofMinutes(16));
        assertThat(limiter.tryAcquire("newcomer", later)).isTrue();

        assertThat(limiter.isExhausted("victim", later)).isTrue();
        assertThat(limiter.trackedKeys()).isLessThanOrEqualTo(3);
    }

    @Test
    void askingAboutAKeyDoesNotStartTrackingIt() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(2, Duration.ofMinutes(15));

        for (int i = 0; i < 1_000; i++) {
            limiter.isExhausted("asked-" + i, T0);
        }

        assertThat(limiter.trackedKeys()).isZero();
    }
}
