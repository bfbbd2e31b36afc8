package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;

/**
 * The transactions of an import: one per chunk of rows, the audit events that open and close it, and the copy of
 * its progress every instance reads.
 */
@ApplicationScoped
public class ImportWriter {

    @Inject
    SubscriberRepository subscribers;

    @Inject
    AuditLog audit;

    @Inject
    ImportProgressRepository progress;

    @Transactional
    public void begin(ImportJob job, Actor actor) {
        progress.save(job, job.takeUnsaved());
        audit.record(actor, "subscriber.import.start", "subscriber", null,
                job.getFileName() + ", " + job.getTotalRows() + " rows, " + job.getConsent());
    }

    /**
     * Adds the candidates not yet on the list (one query finds those that are); returns the others with why.
     * Throws {@link ImportChunkConflict} when an address was added meanwhile: nothing of the chunk is kept.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ImportReportRow> chunk(List<ImportCandidate> candidates, SubscriberStatus status, Instant at,
                                       String consentNote) {
        Map<String, SubscriberStatus> existing = subscribers.statusesOf(
                candidates.stream().map(ImportCandidate::email).toList());
        List<ImportReportRow> refused = new ArrayList<>();
        List<ImportCandidate> fresh = new ArrayList<>();
        for (ImportCandidate candidate : candidates) {
            SubscriberStatus known = existing.get(candidate.email());
            if (known == null) {
                fresh.add(candidate);
            } else {
                refused.add(new ImportReportRow(candidate.rowNumber(), candidate.email(), ImportOutcome.ofExisting(known)));
            }
        }
        if (!fresh.isEmpty()) {
            subscribers.insertImported(fresh, Audience.NEWSLETTER, status, at, consentNote);
        }
        return refused;
    }

    /** Records where the import stands, for every instance to show. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(ImportJob job) {
        progress.save(job, job.takeUnsaved());
    }

    @Transactional
    public void finish(ImportJob job, Actor actor) {
        progress.save(job, job.takeUnsaved());
        String counts = job.getCounts().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        audit.record(actor, job.getState() == ImportJob.State.FAILED ? "subscriber.import.fail" : "subscriber.import.finish",
                "subscriber", null, job.getFileName() + ": " + counts
                        + (job.getFailureKey() == null ? "" : " (" + job.getFailureKey() + ")"));
    }
}
