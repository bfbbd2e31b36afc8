package org.barta.newsletter.dispatch;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a ledger transaction again at once when the database rolled it back over a lock conflict (deadlock or lock
 * wait timeout): nothing of it was kept, so the send need not pause. Bounded, so a conflict that keeps coming back
 * still reaches the caller as an error. Each retry is logged with this instance's running count.
 */
final class LockConflictRetry {

    private static final Logger LOG = Logger.getLogger(LockConflictRetry.class.getName());
    static final int ATTEMPTS = 5;

    private final AtomicLong retries = new AtomicLong();

    <T> T run(long editionId, String what, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (LedgerException e) {
                if (!e.isLockConflict() || attempt == ATTEMPTS) {
                    throw e;
                }
                long count = retries.incrementAndGet();
                LOG.info(() -> "Lock conflict in the send ledger while " + what + " for edition " + editionId
                        + " (" + e.getCause().getMessage() + "); tried again at once, " + count
                        + " such retries on this instance since it started");
            }
        }
    }

    long count() {
        return retries.get();
    }
}
