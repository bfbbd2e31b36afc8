package org.barta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

/**
 * Barta's Quartz triggers as the database holds them: when one fires next, and making one due now, as if its time
 * had come (the schedulers look for due triggers every few seconds), so a test checks the time an editor chose
 * without waiting for it.
 */
public final class QuartzTriggers {

    private QuartzTriggers() {
    }

    public static Instant nextFireTime(String trigger) throws Exception {
        return Instant.ofEpochMilli(TestDatabase.number(
                "SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = ?", trigger));
    }

    /** Returns the time it was made due. */
    public static Instant fireNow(String trigger) throws Exception {
        Instant now = Instant.now();
        assertThat(TestDatabase.update("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = ?",
                now.toEpochMilli(), trigger)).as("triggers named " + trigger).isEqualTo(1);
        return now;
    }
}
