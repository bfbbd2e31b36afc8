package org.barta.newsletter;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uploads waiting for their mapping (in this instance's memory and temporary folder: the newsroom stays on one
 * instance) and imports running or finished: those this instance runs are read live, the others from the copy
 * every instance writes ({@link ImportProgressRepository}), so an import can be watched from any instance, and
 * again after the editor leaves the page. Uploads not started within two hours and imports finished a day ago are
 * forgotten (and their files deleted) as new uploads arrive.
 */
@ApplicationScoped
public class SubscriberImports {

    private static final Duration UPLOAD_KEPT = Duration.ofHours(2);
    private static final Duration JOB_KEPT = Duration.ofDays(1);
    private static final int RECENT = 20;

    private final Map<String, UploadedCsv> uploads = new ConcurrentHashMap<>();
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    @Inject
    ImportProgressRepository recorded;

    void addUpload(UploadedCsv upload) {
        sweep(Instant.now());
        uploads.put(upload.token(), upload);
    }

    /** Takes the upload out: each one is imported at most once. */
    Optional<UploadedCsv> takeUpload(String token) {
        return Optional.ofNullable(token == null ? null : uploads.remove(token));
    }

    Optional<UploadedCsv> upload(String token) {
        return Optional.ofNullable(token == null ? null : uploads.get(token));
    }

    void addJob(ImportJob job) {
        jobs.put(job.getId(), job);
    }

    public Optional<ImportJob> job(String id) {
        if (id == null) {
            return Optional.empty();
        }
        ImportJob live = jobs.get(id);
        return live != null ? Optional.of(live) : recorded.find(id);
    }

    /** The latest imports of every instance, newest first; this instance's own as they stand now. */
    public List<ImportJob> recent() {
        Map<String, ImportJob> shown = new LinkedHashMap<>();
        recorded.recent(RECENT).forEach(job -> shown.put(job.getId(), job));
        // This instance's own, live, including one whose first record is still being written.
        shown.putAll(jobs);
        return shown.values().stream().sorted(Comparator.comparing(ImportJob::getStartedAt).reversed())
                .limit(RECENT).toList();
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sweep(Instant now) {
        uploads.values().removeIf(u -> {
            boolean stale = u.uploadedAt().plus(UPLOAD_KEPT).isBefore(now);
            if (stale) {
                delete(u.file());
            }
            return stale;
        });
        jobs.values().removeIf(j -> j.getFinishedAt() != null && j.getFinishedAt().plus(JOB_KEPT).isBefore(now));
        recorded.forgetEndedBefore(now.minus(JOB_KEPT));
    }

    @PreDestroy
    void deleteWaitingUploads() {
        uploads.values().forEach(u -> delete(u.file()));
    }
}
