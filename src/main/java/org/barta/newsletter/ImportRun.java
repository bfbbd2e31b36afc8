package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barta.accounts.Actor;
import org.barta.platform.BusinessException;

/**
 * Runs one import on a container thread: streams the file row by row, checks each row, and writes chunks of
 * {@value #CHUNK_ROWS} rows, each in its own transaction, so a failure keeps what was imported before it and
 * memory holds one chunk. Progress and the report go to the {@link ImportJob}, and after each chunk to the copy
 * every instance reads.
 */
@ApplicationScoped
public class ImportRun {

    static final int CHUNK_ROWS = 1000;
    private static final int ATTEMPTS = 3;
    private static final int MAX_FILE_NAME_IN_NOTE = 120;
    private static final Logger LOG = Logger.getLogger(ImportRun.class.getName());

    @Inject
    ImportWriter writer;

    void execute(ImportJob job, UploadedCsv upload, ImportMapping mapping, Actor actor) {
        try {
            writer.begin(job, actor);
            importRows(job, upload, mapping, actor);
            job.finish();
        } catch (BusinessException refusal) {
            job.fail(refusal.messageKey(), refusal.arguments());
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.SEVERE, "Import " + job.getId() + " failed", e);
            job.fail("subscribers.import.failed", job.getRowsDone());
        } finally {
            SubscriberImports.delete(upload.file());
            try {
                writer.finish(job, actor);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Import " + job.getId() + " could not be audited", e);
            }
        }
    }

    private void importRows(ImportJob job, UploadedCsv upload, ImportMapping mapping, Actor actor) throws IOException {
        boolean confirmed = mapping.consent() == ConsentMode.HAVE_CONSENT;
        String note = consentNote(job, actor);
        List<ImportCandidate> chunk = new ArrayList<>(CHUNK_ROWS);
        long[] done = {0};
        SubscriberCsv.checkRows(upload.file(), upload.layout(), mapping, check -> {
            if (check.refusal() != null) {
                job.refused(check.refusal());
            } else {
                chunk.add(check.candidate());
            }
            if (++done[0] % CHUNK_ROWS == 0) {
                write(job, chunk, mapping.audienceId(), confirmed, note);
                job.rowsDone(done[0]);
                recordProgress(job);
            }
        });
        write(job, chunk, mapping.audienceId(), confirmed, note);
        job.rowsDone(done[0]);
    }

    /** Progress another instance cannot read is no reason to stop importing. */
    private void recordProgress(ImportJob job) {
        try {
            writer.progress(job);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + job.getId() + ": progress not recorded for other instances", e);
        }
    }

    private void write(ImportJob job, List<ImportCandidate> chunk, long audienceId, boolean confirmed, String note) {
        if (chunk.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                List<ImportReportRow> refused = writer.chunk(chunk, audienceId, confirmed, job.getStartedAt(), note);
                refused.forEach(job::refused);
                job.imported(chunk.size() - refused.size());
                chunk.clear();
                return;
            } catch (ImportChunkConflict conflict) {
                // Somebody signed up with an address of this chunk meanwhile: the next attempt finds it.
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    private static String consentNote(ImportJob job, Actor actor) {
        String file = job.getFileName().length() > MAX_FILE_NAME_IN_NOTE
                ? job.getFileName().substring(0, MAX_FILE_NAME_IN_NOTE) : job.getFileName();
        return "imported by " + actor.username() + " at " + job.getStartedAt() + " from file " + file
                + (job.getConsent() == ConsentMode.HAVE_CONSENT ? "; the editor has their consent"
                : "; confirmation mail requested");
    }
}
