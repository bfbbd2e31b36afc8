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
    void resetForgetsAKey() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(1, Duration.ofMinutes(10));
        limiter.tryAcquire("a", T0);
        assertThat(limiter.isExhausted("a", T0)).isTrue();

        limiter.reset("a");

        assertThat(limiter.isExhausted("a", T0)).isFalse();
    }
}
