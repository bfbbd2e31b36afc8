package org.barta.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentProofTest {

    private static final Instant PROVEN = Instant.parse("2026-12-02T06:00:00Z");

    @Test
    void aProofIsFreshForFifteenMinutesByDefault() {
        RecentProof rule = new RecentProof();
        rule.minutes = Integer.parseInt(RecentProof.DEFAULT_MINUTES);

        assertThat(rule.fresh(PROVEN, PROVEN)).isTrue();
        assertThat(rule.fresh(PROVEN, PROVEN.plus(Duration.ofMinutes(14).plusSeconds(59)))).isTrue();
        assertThat(rule.fresh(PROVEN, PROVEN.plus(Duration.ofMinutes(15)))).as("stale at the minute").isFalse();
        assertThat(rule.fresh(PROVEN, PROVEN.plus(Duration.ofHours(3)))).isFalse();
    }

    @Test
    void theSettingChangesTheWindow() {
        RecentProof rule = new RecentProof();
        rule.minutes = 5;

        assertThat(rule.window()).isEqualTo(Duration.ofMinutes(5));
        assertThat(rule.fresh(PROVEN, PROVEN.plus(Duration.ofMinutes(4)))).isTrue();
        assertThat(rule.fresh(PROVEN, PROVEN.plus(Duration.ofMinutes(6)))).isFalse();
    }

    @Test
    void theWindowIsAtLeastAMinuteSoThatTheRepeatedActionCanGoThrough() {
        RecentProof rule = new RecentProof();
        rule.minutes = 0;

        assertThat(rule.window()).isEqualTo(Duration.ofMinutes(1));
        assertThat(rule.fresh(PROVEN, PROVEN.plusSeconds(30))).isTrue();
    }

    @Test
    void noProofIsNeverFresh() {
        assertThat(RecentProof.fresh(null, Instant.now(), Duration.ofMinutes(15))).isFalse();
    }

    @Test
    void aProofStampedAheadOfThisClockCountsAsJustMade() {
        assertThat(RecentProof.fresh(PROVEN.plusSeconds(5), PROVEN, Duration.ofMinutes(15))).isTrue();
    }
}
