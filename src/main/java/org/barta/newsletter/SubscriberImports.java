package org.barta.newsletter;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uploads waiting for their mapping and imports running or finished, kept in this instance's memory so an import
 * goes on, and can be watched again, after the editor leaves the page. Uploads not started within two hours and
 * imports finished a day ago are forgotten (and their files deleted) as new uploads arrive.
 */
@ApplicationScoped
public class SubscriberImports {

    private static final Duration UPLOAD_KEPT = Duration.ofHours(2);
    private static final Duration JOB_KEPT = Duration.ofDays(1);

    private final Map<String, UploadedCsv> uploads = new ConcurrentHashMap<>();
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

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
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    /** Imports on this instance, newest first. */
    public List<ImportJob> recent() {
        return jobs.values().stream().sorted(Comparator.comparing(ImportJob::getStartedAt).reversed()).toList();
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
    }

    @PreDestroy
    void deleteWaitingUploads() {
        uploads.values().forEach(u -> delete(u.file()));
    }
}
