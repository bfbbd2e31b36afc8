package org.barta.migration;

import java.time.Duration;
import java.time.Instant;

/**
 * An import run as recorded: who started it, what it has done so far (and how many of the old site's own
 * redirects it kept), and how it ended. A run still RUNNING whose
 * record has not changed for {@link #SILENCE} was cut off with its instance ({@link State#INTERRUPTED}).
 */
public record SiteImportRun(long id, String site, String startedBy, Instant startedAt, State state, int total,
        int done, int created, int updated, int unchanged, int kept, int skipped, int failed, int oldRedirects,
        String failure, Instant finishedAt) {

    /** Longer than any one article's landing takes. */
    public static final Duration SILENCE = Duration.ofMinutes(2);

    public enum State {
        RUNNING, DONE, CANCELLED, FAILED, INTERRUPTED;

        public String messageKey() {
            return "import.state." + name();
        }
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    /** Done, as a whole percentage of the articles. */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
