package org.barta.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-02T06:00:00Z");

    @Test
    void aSessionLivesUpToTheMaximumHoweverBusyItIs() {
        SessionLifetime lifetime = new SessionLifetime();
        lifetime.maxHours = 12;

        assertThat(lifetime.outlived(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(59)))).isFalse();
        assertThat(lifetime.outlived(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12)))).isTrue();
        assertThat(lifetime.outlived(SIGNED_IN, SIGNED_IN.plus(Duration.ofDays(3)))).isTrue();
    }

    @Test
    void theSettingShortensIt() {
        SessionLifetime lifetime = new SessionLifetime();
        lifetime.maxHours = 1;

        assertThat(lifetime.outlived(SIGNED_IN, SIGNED_IN.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(lifetime.outlived(SIGNED_IN, SIGNED_IN.plus(Duration.ofMinutes(61)))).isTrue();
    }

    @Test
    void theDefaultIsTwelveHours() {
        assertThat(SessionLifetime.DEFAULT_HOURS).isEqualTo("12");
    }
}
