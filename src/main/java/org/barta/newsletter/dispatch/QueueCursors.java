package org.barta.newsletter.dispatch;

import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where this instance's claims of each send have reached in the ledger's queue order (next attempt time, then
 * subscriber). A claim scans the queue index from there instead of from its start: every row claimed leaves a
 * delete-marked entry in that index until InnoDB's purge removes it, and a locking scan from the start walked
 * those entries again on every claim, each checked against its clustered row (a fifth of MariaDB's CPU in a
 * send, bench/README.md). Only a hint: rows behind it (a claim rolled back, rows released) are found by the scan
 * from the start that a claim makes when nothing lies beyond it, so nothing is left in the queue.
 */
final class QueueCursors {

    /** A place in the queue order of one send. */
    record Position(Timestamp nextAttemptAt, long subscriberId) {

        boolean isAfter(Position other) {
            int byTime = nextAttemptAt.compareTo(other.nextAttemptAt);
            return byTime > 0 || byTime == 0 && subscriberId > other.subscriberId;
        }
    }

    private final Map<Long, Position> positions = new ConcurrentHashMap<>();

    Optional<Position> of(long editionId) {
        return Optional.ofNullable(positions.get(editionId));
    }

    /** Moves the send's cursor to {@code reached} unless another worker's claim already went further. */
    void advance(long editionId, Position reached) {
        positions.merge(editionId, reached, (current, next) -> next.isAfter(current) ? next : current);
    }

    /**
     * Nothing lies beyond the cursor any more, or the send stopped (paused, cancelled, sent): the next claim starts
     * from the beginning, and a send that ends leaves nothing behind here.
     */
    void reset(long editionId) {
        positions.remove(editionId);
    }
}
