package org.barta.newsletter.dispatch;

import java.time.Duration;
import java.util.Optional;

/** A send as the editor watches it: the ledger's counts, the recent rate, and the time left at that rate. */
public record SendProgress(SendCounts counts, double messagesPerSecond) {

    public Optional<Duration> timeLeft() {
        long left = counts.queued() + counts.inFlight();
        if (left == 0) {
            return Optional.of(Duration.ZERO);
        }
        return messagesPerSecond <= 0 ? Optional.empty()
                : Optional.of(Duration.ofSeconds((long) Math.ceil(left / messagesPerSecond)));
    }
}
