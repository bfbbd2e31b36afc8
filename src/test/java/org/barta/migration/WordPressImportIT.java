package org.barta.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barta.migration.ImportPage.assertRedirect;
import static org.barta.migration.ImportPage.finished;
import static org.barta.migration.ImportPage.message;
import static org.barta.migration.ImportPage.zip;

import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.barta.media.MediaSamples;
import org.barta.testing.Deployments;
import org.barta.testing.EditorSession;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestDatabase;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator brings an old WordPress site into Barta from its export file and a ZIP of its uploads, through
 * the import page: dry run, import, report, and every old address form answered with a redirect.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WordPressImportIT {

    private static final String ADMIN = "wordpress-admin";
    private static final String PASSWORD = "wordpress-admin-password-1";
    private static final String SITE = "rights-voice.example.org";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient admin;

    @BeforeEach
    void signIn() throws Exception {
        TestAccounts.ensure(ADMIN, "WordPress Admin", "EDITOR", PASSWORD);
        ImportPage.promote(ADMIN);
        admin = new WebClient(base.toURI());
        EditorSession.signIn(admin, ADMIN, PASSWORD);
    }

    @AfterEach
    void demote() throws Exception {
        ImportPage.demote(ADMIN);
    }

    @Test
    void aWordPressSiteIsImportedFromItsExportAndItsOldAddressesLeadToTheNewOnes() throws Exception {
        byte[] vigil = MediaSamples.image(800, 600, "jpg");
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("wp-content/uploads/2016/05/vigil.jpg", vigil);
        uploads.put("wp-content/uploads/2016/05/vigil-1024x768.jpg", MediaSamples.image(1024, 768, "jpg"));
        uploads.put("wp-content/uploads/2016/05/detention-report.pdf", MediaSamples.pdfWithAuthor());
        uploads.put("wp-config.php", "<?php define('DB_PASSWORD', 'old');".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> read = read(export(), zip(uploads));
        Document dry = Jsoup.parse(read.body());
        assertThat(dry.select("#mapping")).as("dry run shown:\n" + read.body()).isNotEmpty();
        assertThat(dry.select(".messages").text()).contains("3 files");
        Map<String, String> proposed = new LinkedHashMap<>();
        for (Element row : dry.select("#categories tr.category")) {
            Element selected = row.selectFirst("select option[selected]");
            proposed.put(row.selectFirst("label").text(), selected == null ? "" : selected.attr("value"));
        }
        assertThat(proposed).containsEntry("Press releases", "PRESS_STATEMENT").containsEntry("Pages", "PAGE")
                .containsKey("News");

        Document report = imported(read);
        assertThat(report.select("#progress .state").text()).isEqualTo("done");
        assertThat(report.select("#runCounts .outcome-CREATED").text()).as("posts and pages, trash left out")
                .isEqualTo("5");
        Map<String, Element> lines = new HashMap<>();
        report.select("#report-lines tr.line").forEach(line -> lines.put(line.selectFirst(".old-id").text(), line));
        assertThat(lines.get("22").select(".notes").text()).contains("in the old site's trash");

        long release = importedItem(12);
        assertThat(importedItem(13)).as("Polylang's translations are one item").isEqualTo(release);
        Document body = Jsoup.parse(TestDatabase.string("SELECT body FROM content_translation WHERE item_id = ?"
                + " AND language = 'en'", release));
        assertThat(body.select("img[alt=Vigil in Dhaka]").attr("src")).startsWith("/media/");
        assertThat(body.select("a:contains(the report)").attr("href")).startsWith("/media/");
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM content_attachment WHERE item_id = ?", release))
                .as("the linked PDF").isEqualTo(1);
        assertThat(TestDatabase.string("SELECT state FROM content_item WHERE id = ?", importedItem(20)))
                .isEqualTo("SCHEDULED");
        assertThat(TestDatabase.string("SELECT state FROM content_item WHERE id = ?", importedItem(21)))
                .isEqualTo("DRAFT");

        WebClient reader = new WebClient(base.toURI());
        // Slugs are kept where free (another test's site may have taken one: then it is numbered).
        String statement = "/en/press-statements/" + slug(release, "en");
        String bangla = "/bn/press-statements/" + slug(release, "bn");
        assertThat(statement).startsWith("/en/press-statements/release-the-detained-journalists");
        assertRedirect(reader, "/?p=12", statement);
        assertRedirect(reader, "/2016/05/03/release-the-detained-journalists/", statement);
        assertRedirect(reader, "/release-the-detained-journalists/", statement);
        assertRedirect(reader, "/bn/2016/05/03/atok-sangbadik/", bangla);
        assertRedirect(reader, "/?p=13&lang=bn", bangla);
        assertRedirect(reader, "/?page_id=30", "/en/" + slug(importedItem(30), "en"));
        assertRedirect(reader, "/wp-content/uploads/2016/05/detention-report.pdf",
                body.select("a:contains(the report)").attr("href"));
        assertThat(reader.get("/?p=21").statusCode()).as("a draft: no redirect, the home page")
                .isEqualTo(302);
        assertThat(reader.get("/?p=999").statusCode()).as("never imported: the home page").isEqualTo(302);

        Document again = imported(read(export(), zip(uploads)));
        assertThat(again.select("#runCounts .outcome-UNCHANGED").text()).as("read again: nothing duplicated")
                .isEqualTo("5");
        assertThat(again.select("#runCounts .outcome-CREATED").text()).isEqualTo("0");
    }

    @Test
    void anExportWithAnExternalEntityIsRefusedAndNothingStarts() throws Exception {
        long runsBefore = TestDatabase.number("SELECT COUNT(*) FROM site_import");
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
                <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
                <wp:base_site_url>https://x.example.org</wp:base_site_url>
                <item><title>&leak;</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type></item>
                </channel></rss>""";
        HttpResponse<String> refused = read(hostile.getBytes(StandardCharsets.UTF_8), null);
        assertThat(message(refused)).contains("declares a document type or entities").doesNotContain("root:");
        assertThat(message(read("not xml at all".getBytes(StandardCharsets.UTF_8), null)))
                .contains("not a WordPress export that can be read");
        assertThat(message(read("<rss><channel><title>A feed</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8), null))).contains("not a WordPress export (no wp:wxr_version)");
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM site_import")).isEqualTo(runsBefore);
    }

    /** Starts the import from the dry run's page; its report page once it has ended. */
    private Document imported(HttpResponse<String> dryRun) throws Exception {
        return finished(admin, ImportPage.start(admin, dryRun, Map.of()));
    }

    /** The WordPress form sent with the export file and, if given, a ZIP of the uploads. */
    private HttpResponse<String> read(byte[] export, byte[] uploadsZip) throws Exception {
        WebClient.FilledForm form = admin.fillForm(admin.get("/admin/import"), "wordpress", Map.of(),
                "[id=wordpress:read]");
        Map<String, WebClient.FilePart> files = new LinkedHashMap<>();
        files.put("wordpress:export", new WebClient.FilePart("export.xml", "text/xml", export));
        if (uploadsZip != null) {
            files.put("wordpress:uploadsZip", new WebClient.FilePart("uploads.zip", "application/zip", uploadsZip));
        }
        return form.sendWithFiles(files);
    }

    private byte[] export() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/wordpress/export.xml")) {
            return in.readAllBytes();
        }
    }

    private static long importedItem(long postId) throws Exception {
        return TestDatabase.number("SELECT item_id FROM imported_article WHERE source_site = ? AND source_id = ?",
                SITE, postId);
    }

    private static String slug(long item, String language) throws Exception {
        return TestDatabase.string("SELECT slug FROM content_translation WHERE item_id = ? AND language = ?", item,
                language);
    }
}
