package org.barta.newsletter.dispatch;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Spaces messages evenly to the configured rate across all of an instance's workers: each caller takes the next
 * free time slot and waits for it.
 */
final class SendPacer {

    private final long intervalNanos;
    private long nextSlot;

    SendPacer(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
        this.nextSlot = System.nanoTime();
    }

    void awaitTurn() {
        if (intervalNanos == 0) {
            return;
        }
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            // Time not used while idle is not saved up for a burst.
            slot = Math.max(nextSlot, now);
            nextSlot = slot + intervalNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
