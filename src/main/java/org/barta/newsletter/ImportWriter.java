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
import org.barta.platform.BusinessException;

/**
 * The transactions of an import: one per chunk of rows, the audit events that open and close it, and the copy of
 * its progress every instance reads.
 */
@ApplicationScoped
public class ImportWriter {

    @Inject
    SubscriberRepository subscribers;

    @Inject
    AudienceRepository audiences;

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
     * Adds the candidates not yet on the list to the audience (one query finds those that are) and puts the known
     * addresses new to the audience into it; a known address's empty profile fields are filled from the file and
     * its tags added, nothing an editor wrote replaced. Returns every row that did not make a new subscriber, with why.
     * Throws {@link ImportChunkConflict} when an address was added meanwhile: nothing of the chunk is kept.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ImportReportRow> chunk(List<ImportCandidate> candidates, long audienceId, boolean confirmed,
                                       Instant at, String consentNote) {
        Audience audience = audiences.find(audienceId).orElseThrow(
                () -> new BusinessException("subscribers.audienceRequired"));
        Map<String, Subscriber> existing = subscribers.withMemberships(
                candidates.stream().map(ImportCandidate::email).toList());
        List<ImportReportRow> known = new ArrayList<>();
        List<ImportCandidate> fresh = new ArrayList<>();
        for (ImportCandidate candidate : candidates) {
            Subscriber subscriber = existing.get(candidate.email());
            if (subscriber == null) {
                fresh.add(candidate);
                continue;
            }
            ImportOutcome outcome = ImportOutcome.ofExisting(subscriber, audience);
            if (outcome == ImportOutcome.ADDED_TO_AUDIENCE) {
                subscriber.addTo(audience, confirmed, at, consentNote);
            }
            subscriber.completeProfile(candidate.profile());
            known.add(new ImportReportRow(candidate.rowNumber(), candidate.email(), outcome));
        }
        if (!fresh.isEmpty()) {
            subscribers.insertImported(fresh, audience.getCode(),
                    confirmed ? SubscriberStatus.CONFIRMED : SubscriberStatus.PENDING, at, consentNote);
        }
        return known;
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
