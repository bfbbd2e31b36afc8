package org.barta.newsletter;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.apache.commons.csv.CSVPrinter;
import org.barta.accounts.Actor;
import org.barta.platform.BusinessException;
import org.barta.platform.ExcelSafeCsv;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Importing subscribers from a CSV file, in two steps as the page does it: {@link #inspect} checks and previews
 * the upload, {@link #start} runs the import into the chosen audience with the editor's column mapping and
 * consent statement on the container's executor and returns at once; {@link #job} tells how far it is. Known
 * addresses new to the audience join it; nobody who left it, bounced or complained is ever put back by an import.
 */
@ApplicationScoped
public class SubscriberImportService {

    private static final long MEGABYTE = 1024L * 1024L;
    private static final int MAX_FILE_NAME = 200;

    @Resource
    ManagedExecutorService executor;

    @Inject
    SubscriberImports imports;

    @Inject
    ImportRun run;

    @Inject
    AudienceRepository audiences;

    @Inject
    @ConfigProperty(name = "barta.newsletter.import-max-mb", defaultValue = "20")
    long maxUploadMegabytes;

    public long maxUploadBytes() {
        return maxUploadMegabytes * MEGABYTE;
    }

    /** Stores the upload, refuses it if it is too large or not UTF-8 CSV, and returns its first rows. */
    public UploadPreview inspect(String fileName, InputStream content, Actor actor) {
        SubscriberAdminService.requireEditorial(actor);
        Path file = null;
        try {
            file = Files.createTempFile("barta-import-", ".csv");
            copyWithLimit(content, file);
            CsvLayout layout = SubscriberCsv.inspect(file);
            String name = cleanFileName(fileName);
            UploadedCsv upload = new UploadedCsv(UUID.randomUUID().toString(), name, file, layout, Instant.now());
            imports.addUpload(upload);
            return new UploadPreview(upload.token(), name, layout);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("Upload could not be stored", e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Starts importing a previewed upload; returns the job to watch. Each upload is imported once. */
    public ImportJob start(String uploadToken, ImportMapping mapping, Actor actor) {
        SubscriberAdminService.requireEditorial(actor);
        UploadedCsv upload = imports.upload(uploadToken)
                .orElseThrow(() -> new BusinessException("subscribers.import.uploadGone"));
        check(mapping, upload.layout());
        Audience audience = (mapping.audienceId() == null ? audiences.byCode(Audience.NEWSLETTER)
                : audiences.find(mapping.audienceId()))
                .orElseThrow(() -> new BusinessException("subscribers.audienceRequired"));
        ImportMapping into = mapping.into(audience.getId());
        imports.takeUpload(uploadToken).orElseThrow(() -> new BusinessException("subscribers.import.uploadGone"));
        long dataRows = upload.layout().rows() - (mapping.hasHeader() ? 1 : 0);
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), upload.fileName(), actor.username(),
                mapping.consent(), dataRows);
        imports.addJob(job);
        try {
            executor.execute(() -> run.execute(job, upload, into, actor));
        } catch (RejectedExecutionException e) {
            delete(upload.file());
            job.fail("subscribers.import.failed", 0);
        }
        return job;
    }

    public ImportJob job(String id) {
        return imports.job(id).orElseThrow(() -> new BusinessException("subscribers.import.notFound"));
    }

    /** Imports on this server instance, newest first. */
    public List<ImportJob> recentJobs() {
        return imports.recent();
    }

    /** The refused rows of an import as CSV: row number, address, outcome. */
    public void writeReport(String id, Writer out, Actor actor) throws IOException {
        SubscriberAdminService.requireEditorial(actor);
        ImportJob job = job(id);
        CSVPrinter csv = ExcelSafeCsv.printer(out, "row", "email", "outcome");
        for (ImportReportRow row : job.getRefused()) {
            csv.printRecord(row.rowNumber(), ExcelSafeCsv.cell(row.email()), row.outcome().name());
        }
        csv.flush();
    }

    private static void check(ImportMapping mapping, CsvLayout layout) {
        if (mapping.consent() == null) {
            throw new BusinessException("subscribers.consentRequired");
        }
        if (mapping.defaultLanguage() == null) {
            throw new BusinessException("subscribers.languageRequired");
        }
        if (mapping.emailColumn() < 0 || mapping.emailColumn() >= layout.columns()) {
            throw new BusinessException("subscribers.import.emailColumn");
        }
        if (mapping.emailColumn() == (mapping.nameColumn() == null ? -1 : mapping.nameColumn())
                || mapping.emailColumn() == (mapping.languageColumn() == null ? -1 : mapping.languageColumn())
                || mapping.profileColumns().chosen().anyMatch(c -> c == mapping.emailColumn())) {
            throw new BusinessException("subscribers.import.columnsOverlap");
        }
        if (mapping.hasHeader() && layout.rows() < 2) {
            throw new BusinessException("subscribers.import.onlyHeader");
        }
    }

    private void copyWithLimit(InputStream in, Path target) throws IOException {
        long limit = maxUploadBytes();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > limit) {
                    throw new BusinessException("subscribers.import.tooLarge", maxUploadMegabytes);
                }
                out.write(buffer, 0, read);
            }
        }
    }

    private static String cleanFileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            return "upload.csv";
        }
        return base.length() > MAX_FILE_NAME ? base.substring(0, MAX_FILE_NAME) : base;
    }

    private static void delete(Path file) {
        if (file != null) {
            SubscriberImports.delete(file);
        }
    }
}
