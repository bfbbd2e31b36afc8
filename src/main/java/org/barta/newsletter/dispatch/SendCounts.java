package org.barta.newsletter.dispatch;

/**
 * Where a send stands, counted from the ledger. {@code uncertain} counts rows whose worker died between sending
 * and recording: they were queued again, so their recipients may have received the edition twice.
 */
public record SendCounts(long queued, long inFlight, long sent, long failed, long skipped, long cancelled,
                         long uncertain) {

    /** A send whose ledger is not written yet. */
    public static final SendCounts NONE = new SendCounts(0, 0, 0, 0, 0, 0, 0);

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

    /** Adds up the ledger's rows grouped by state and uncertainty. */
    static final class Tally {

        private long queued;
        private long inFlight;
        private long sent;
        private long failed;
        private long skipped;
        private long cancelled;
        private long uncertain;

        void add(String state, boolean isUncertain, long rows) {
            if (isUncertain) {
                uncertain += rows;
            }
            switch (state) {
                case "QUEUED" -> queued += rows;
                case "CLAIMED" -> inFlight += rows;
                case "SENT" -> sent += rows;
                case "FAILED" -> failed += rows;
                case "SKIPPED" -> skipped += rows;
                default -> cancelled += rows;
            }
        }

        SendCounts counts() {
            return new SendCounts(queued, inFlight, sent, failed, skipped, cancelled, uncertain);
        }
    }
}
