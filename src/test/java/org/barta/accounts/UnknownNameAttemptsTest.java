package org.barta.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnknownNameAttemptsTest {

    private static final Instant T0 = Instant.parse("2026-12-02T04:00:00Z");

    @Test
    void unknownNamesAreSlowedLikeAccounts() {
        UnknownNameAttempts names = new UnknownNameAttempts();
        for (int i = 0; i < 5; i++) {
            assertThat(names.tryStart("nobody", T0)).isTrue();
        }

        assertThat(names.tryStart("nobody", T0.plusSeconds(1))).isFalse();
        assertThat(names.tryStart("nobody", T0.plusSeconds(32))).isTrue();
    }

    @Test
    void namesTheCollationTakesForOneShareTheirTries() {
        UnknownNameAttempts names = new UnknownNameAttempts();
        for (String spelling : new String[] {"nobody", "NOBODY", "nóbody", "Nöbody", " nobody "}) {
            names.tryStart(spelling, T0);
        }

        assertThat(names.tryStart("nobody", T0.plusSeconds(1))).isFalse();
        assertThat(UnknownNameAttempts.normalize("ÁDMİN")).isEqualTo("admin");
    }

    @Test
    void aFloodOfNewNamesNeitherEmptiesTheTableNorGrowsItWithoutEnd() {
        UnknownNameAttempts names = new UnknownNameAttempts(1_000);
        for (int i = 0; i < 5; i++) {
            names.tryStart("nobody", T0);
        }

        for (int i = 0; i < 100_000; i++) {
            names.tryStart("flood-" + i, T0.plusSeconds(1));
        }

        assertThat(names.tryStart("nobody", T0.plusSeconds(2))).as("its run survived the flood").isFalse();
        assertThat(names.trackedNames()).isLessThanOrEqualTo(1_001);
        assertThat(names.tryStart("fresh", T0.plus(Duration.ofMinutes(16)))).as("expired runs make room").isTrue();
    }
}
