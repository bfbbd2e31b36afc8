package org.barta.accounts.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountSessionsTest {

    private static final Instant WRITTEN = Instant.parse("2026-12-02T06:00:00Z");

    @Test
    void lastSeenIsWrittenAtMostOnceAMinute() {
        assertThat(AccountSessions.lastSeenDue(WRITTEN, WRITTEN.plusSeconds(1))).isFalse();
        assertThat(AccountSessions.lastSeenDue(WRITTEN, WRITTEN.plusSeconds(59))).isFalse();
        assertThat(AccountSessions.lastSeenDue(WRITTEN, WRITTEN.plusSeconds(60))).isTrue();
        assertThat(AccountSessions.lastSeenDue(null, WRITTEN)).as("never written").isTrue();
    }
}
