package org.barta.newsletter.dispatch;

/**
 * Where a send stands, counted from the ledger. {@code uncertain} counts rows whose worker died between sending
 * and recording: they were queued again, so their recipients may have received the edition twice.
 */
public record SendCounts(long queued, long inFlight, long sent, long failed, long skipped, long cancelled,
                         long uncertain) {

    public long total() {
        return queued + inFlight + sent + failed + skipped + cancelled;
    }

    /** Rows that reached an end (sent, failed for good, skipped or cancelled). */
    public long done() {
        return sent + failed + skipped + cancelled;
    }

    public int percentDone() {
        return total() == 0 ? 0 : (int) (done() * 100 / total());
    }
}
