package org.barta.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.barta.testing.TestDatabase;
import org.barta.testing.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** What the import tests do on the import page as an administrator, and what they check of old addresses. */
final class ImportPage {

    static final Duration IMPORT_ENDS = Duration.ofSeconds(120);

    private ImportPage() {
    }

    /**
     * Makes the account an administrator for the test (SignInIT's first-run setup needs a site without one: see
     * {@link #demote}).
     */
    static void promote(String username) throws Exception {
        TestDatabase.update("UPDATE account SET role = 'ADMIN', preferred_language = 'en' WHERE username = ?",
                username);
    }

    /** One import runs at a time: a test that failed while its import ran must not fail the next one too. */
    static void demote(String username) throws Exception {
        await().atMost(IMPORT_ENDS).until(() -> TestDatabase.number("SELECT COUNT(*) FROM site_import"
                + " WHERE state = 'RUNNING'") == 0);
        TestDatabase.update("UPDATE account SET role = 'EDITOR' WHERE username = ?", username);
    }

    /** Presses "Start the import" on the dry run's page with these mapping fields; the new run's id. */
    static long start(WebClient admin, HttpResponse<String> dryRun, Map<String, String> fields) throws Exception {
        HttpResponse<String> started = admin.fillForm(dryRun, "mapping", fields, "[id=mapping:start]").send();
        String location = started.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("not started:\n" + started.body()));
        return Long.parseLong(location.replaceAll(".*[?&]run=(\\d+).*", "$1"));
    }

    /** The run's page once it has ended. */
    static Document finished(WebClient admin, long run) {
        return await().atMost(IMPORT_ENDS).pollInterval(Duration.ofMillis(500)).until(() -> Jsoup.parse(
                admin.get("/admin/import?run=" + run).body()), page -> !page.select("#progress .state").text().isEmpty()
                && !"running".equals(page.select("#progress .state").text()));
    }

    static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The page's messages, errors at fields included. */
    static String message(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select(".ui-message-error, .ui-messages-error, .messages").text();
    }

    /** Where the old address leads with its permanent redirect. */
    static String redirectOf(WebClient reader, String old) throws Exception {
        HttpResponse<String> moved = reader.get(old);
        assertThat(moved.statusCode()).as(old).isEqualTo(301);
        return moved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    static void assertRedirect(WebClient reader, String old, String now) throws Exception {
        assertThat(redirectOf(reader, old)).as(old).isEqualTo(now);
    }
}
