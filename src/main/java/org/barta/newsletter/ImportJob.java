package org.barta.newsletter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One running or finished import, as the page shows it: rows done of the total, counts per outcome, and the
 * refused rows (imported rows are only counted, so memory stays bounded). Updated by the import thread, read by
 * any request of this instance; {@link ImportProgressRepository} keeps a copy for the other instances.
 */
public final class ImportJob {

    /** Where the import stands. */
    public enum State {
        RUNNING, FINISHED, FAILED,
        /** Stopped without an end: the instance that ran it stopped. What it wrote before stays written. */
        INTERRUPTED
    }

    private final String id;
    private final String fileName;
    private final String startedBy;
    private final ConsentMode consent;
    private final long totalRows;
    /** In milliseconds, as the database keeps it: the consent time recorded for every row is this instant. */
    private final Instant startedAt;
    private final AtomicLong rowsDone = new AtomicLong();
    private final AtomicLongArray counts = new AtomicLongArray(ImportOutcome.values().length);
    private final List<ImportReportRow> refused = new ArrayList<>();
    /** Refused rows not yet handed to the copy the other instances read. */
    private final List<ImportReportRow> unsaved = new ArrayList<>();
    private volatile State state = State.RUNNING;
    private volatile String failureKey;
    private volatile Object[] failureArguments = {};
    private volatile Instant finishedAt;
    private volatile List<ImportReportRow> refusedWhenEnded;

    ImportJob(String id, String fileName, String startedBy, ConsentMode consent, long totalRows) {
        this(id, fileName, startedBy, consent, totalRows, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private ImportJob(String id, String fileName, String startedBy, ConsentMode consent, long totalRows,
                      Instant startedAt) {
        this.id = id;
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.consent = consent;
        this.totalRows = totalRows;
        this.startedAt = startedAt;
    }

    /** A job as another instance (or this one, earlier) recorded it. */
    static ImportJob recorded(String id, String fileName, String startedBy, ConsentMode consent, long totalRows,
                              Instant startedAt, long rowsDone, Map<ImportOutcome, Long> counts, State state,
                              String failureKey, Object[] failureArguments, Instant finishedAt,
                              List<ImportReportRow> refused) {
        ImportJob job = new ImportJob(id, fileName, startedBy, consent, totalRows, startedAt);
        job.rowsDone.set(rowsDone);
        counts.forEach((outcome, count) -> job.counts.set(outcome.ordinal(), count));
        job.refused.addAll(refused);
        job.failureKey = failureKey;
        job.failureArguments = failureArguments.clone();
        job.finishedAt = finishedAt;
        job.state = state;
        return job;
    }

    /**
     * A copy that no longer changes. A page reads a job many times while it renders; read live, the import could
     * end between two reads and the page show the rows done before the end next to "finished".
     */
    public ImportJob snapshot() {
        ImportJob copy = new ImportJob(id, fileName, startedBy, consent, totalRows, startedAt);
        // The state first: everything the import wrote before it ended is visible once its end is.
        copy.state = state;
        copy.finishedAt = finishedAt;
        copy.failureKey = failureKey;
        copy.failureArguments = failureArguments;
        copy.rowsDone.set(rowsDone.get());
        for (int i = 0; i < counts.length(); i++) {
            copy.counts.set(i, counts.get(i));
        }
        synchronized (refused) {
            copy.refused.addAll(refused);
        }
        return copy;
    }

    void refused(ImportReportRow row) {
        synchronized (refused) {
            refused.add(row);
            unsaved.add(row);
        }
        counts.incrementAndGet(row.outcome().ordinal());
    }

    /** The refused rows added since the last call. */
    List<ImportReportRow> takeUnsaved() {
        synchronized (refused) {
            List<ImportReportRow> taken = List.copyOf(unsaved);
            unsaved.clear();
            return taken;
        }
    }

    void imported(long rows) {
        counts.addAndGet(ImportOutcome.IMPORTED.ordinal(), rows);
    }

    void rowsDone(long rows) {
        rowsDone.set(rows);
    }

    void finish() {
        finishedAt = Instant.now();
        state = State.FINISHED;
    }

    void fail(String messageKey, Object... arguments) {
        failureKey = messageKey;
        failureArguments = arguments.clone();
        finishedAt = Instant.now();
        state = State.FAILED;
    }

    public String getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public ConsentMode getConsent() {
        return consent;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public State getState() {
        return state;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public long getTotalRows() {
        return totalRows;
    }

    public long getRowsDone() {
        return rowsDone.get();
    }

    /** Whole per cent of rows done; 100 only once the import has ended (not when it was cut off). */
    public int getPercent() {
        if (state == State.FINISHED || state == State.FAILED) {
            return 100;
        }
        return totalRows == 0 ? 0 : (int) Math.min(99, rowsDone.get() * 100 / totalRows);
    }

    public long count(ImportOutcome outcome) {
        return counts.get(outcome.ordinal());
    }

    /** Outcomes that occurred, with their counts, in the order of {@link ImportOutcome}. */
    public Map<ImportOutcome, Long> getCounts() {
        Map<ImportOutcome, Long> shown = new EnumMap<>(ImportOutcome.class);
        for (ImportOutcome outcome : ImportOutcome.values()) {
            if (counts.get(outcome.ordinal()) > 0) {
                shown.put(outcome, counts.get(outcome.ordinal()));
            }
        }
        return shown;
    }

    /** The refused rows, by row number (sorted once the import has ended: the page asks for them often). */
    public List<ImportReportRow> getRefused() {
        List<ImportReportRow> ended = refusedWhenEnded;
        if (ended != null) {
            return ended;
        }
        List<ImportReportRow> sorted;
        synchronized (refused) {
            sorted = refused.stream().sorted(Comparator.comparingLong(ImportReportRow::rowNumber)).toList();
        }
        if (state != State.RUNNING) {
            refusedWhenEnded = sorted;
        }
        return sorted;
    }

    public String getFailureKey() {
        return failureKey;
    }

    public Object[] getFailureArguments() {
        return failureArguments.clone();
    }
}
