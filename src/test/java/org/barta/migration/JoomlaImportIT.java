package org.barta.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.barta.migration.ImportPage.IMPORT_ENDS;
import static org.barta.migration.ImportPage.assertRedirect;
import static org.barta.migration.ImportPage.finished;
import static org.barta.migration.ImportPage.message;
import static org.barta.migration.ImportPage.redirectOf;
import static org.barta.migration.ImportPage.zip;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.barta.media.MediaSamples;
import org.barta.testing.Deployments;
import org.barta.testing.EditorSession;
import org.barta.testing.Scratch;
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
 * An administrator brings old Joomla sites into Barta through the import page, as they would: the old database
 * read and a dry run shown with the categories' proposed kinds, one category skipped, the import started and
 * watched to its end, its report read; then the old addresses answer with redirects, a second run duplicates
 * nothing and leaves alone what an editor changed here, bad connection details get clear messages, and a cancelled
 * run leaves no article half-imported. Each test has its own old site (its own database and article ids).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JoomlaImportIT {

    private static final String ADMIN = "import-admin";
    private static final String EDITOR = "import-editor";
    private static final String PASSWORD = "import-admin-password-1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient admin;

    @BeforeEach
    void signIn() throws Exception {
        TestAccounts.ensure(ADMIN, "Import Admin", "EDITOR", PASSWORD);
        TestAccounts.ensure(EDITOR, "Import Editor", "EDITOR", PASSWORD);
        ImportPage.promote(ADMIN);
        admin = new WebClient(base.toURI());
        EditorSession.signIn(admin, ADMIN, PASSWORD);
    }

    @AfterEach
    void demote() throws Exception {
        ImportPage.demote(ADMIN);
    }

    @Test
    void aJoomla3SiteIsImportedWithItsTranslationsAndItsOldAddressesLeadToTheNewOnes() throws Exception {
        JoomlaSites.load("old_site_j3", "jos_", "/joomla/joomla3.sql");
        TestAccounts.ensure("import-author", "Media Unit", "AUTHOR", PASSWORD);
        TestDatabase.update("UPDATE account SET email = 'media.unit@rights-watch-j3.example.org' WHERE username = ?",
                "import-author");
        String site = "https://www.rights-watch-j3.example.org";
        Path folder = oldSiteFolder();

        HttpResponse<String> read = read(site, "old_site_j3", "jos_", JoomlaSites.READER_PASSWORD, folder.toString());
        Document dry = Jsoup.parse(read.body());
        assertThat(dry.select("#mapping")).as("dry run shown:\n" + read.body()).isNotEmpty();
        Map<String, String> proposed = proposedKinds(dry);
        assertThat(proposed).containsEntry("Press Releases", "PRESS_STATEMENT").containsEntry("Events",
                "EVENT_REPORT").containsEntry("Uncategorised", "PAGE");
        assertThat(dry.select("#outcomes .outcome-CREATED").text()).as("with the staff notices").isEqualTo("7");
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM imported_article WHERE source_site = ?",
                "www.rights-watch-j3.example.org")).as("a dry run writes nothing").isZero();

        long run = start(read, Map.of(categoryField(dry, "Staff notices"), ""));
        Document report = finished(admin, run);
        assertThat(report.select("#progress .state").text()).isEqualTo("done");
        assertThat(report.select("#runCounts .outcome-CREATED").text()).isEqualTo("6");
        assertThat(report.select("#runCounts .outcome-SKIPPED").text()).isEqualTo("3");
        Map<String, Element> lines = lines(report);
        assertThat(lines.get("104").select(".notes").text()).contains("in the old site's trash");
        assertThat(lines.get("107").select(".notes").text()).contains("its category is skipped");
        assertThat(lines.get("108").select(".notes").text()).contains("a language Barta does not publish");
        assertThat(lines.get("101").select(".note-CLOAKED_ADDRESSES, .note-PLUGIN_TAGS")).hasSize(2);
        assertThat(lines.get("102").select(".note-DATE_ALIAS")).hasSize(1);
        assertThat(lines.get("106").select(".note-DOUBLE_ENCODING_REPAIRED")).hasSize(1);
        assertThat(lines.get("101").select(".note-MISSING_FILES").text()).endsWith(": images/stories/missing.jpg");
        assertThat(lines.get("101").select(".note-FILES").text()).endsWith(": 3");

        long statement = importedItem("www.rights-watch-j3.example.org", 101);
        assertThat(importedItem("www.rights-watch-j3.example.org", 102)).as("translations are one item")
                .isEqualTo(statement);
        assertThat(TestDatabase.string("SELECT a.username FROM content_item i JOIN account a ON a.id = i.created_by"
                + " WHERE i.id = ?", statement)).as("the old author's account, by e-mail").isEqualTo("import-author");
        assertThat(lines.get("103").select(".note-AUTHOR_WITHOUT_ACCOUNT").text()).contains("Former Staff Member");
        Document body = Jsoup.parse(TestDatabase.string("SELECT body FROM content_translation WHERE item_id = ?"
                + " AND language = 'en'", statement));
        assertThat(body.select("a[href=mailto:media@rights-watch.org]").text()).isEqualTo("Media unit");
        assertThat(body.html()).doesNotContain("cloak").doesNotContain("{loadposition");
        assertThat(body.select("p").eachText()).doesNotContain("");
        String vigil = body.select("img[alt=Vigil in Dhaka]").attr("src");
        assertThat(vigil).startsWith("/media/");
        assertThat(body.select("a:contains(the photo)").attr("href")).as("the same bytes: the same file")
                .isEqualTo(vigil);
        assertThat(body.select("img")).as("only images of the media library are shown").hasSize(1);
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM content_attachment WHERE item_id = ?", statement))
                .as("the linked PDF").isEqualTo(1);
        long workshopItem = importedItem("www.rights-watch-j3.example.org", 103);
        assertThat(TestDatabase.number("SELECT featured_image_id FROM content_item WHERE id = ?", workshopItem))
                .isPositive();
        assertThat(TestDatabase.string("SELECT featured_image_alt FROM content_translation WHERE item_id = ?", workshopItem))
                .isEqualTo("Participants in Khulna");
        long mediaFiles = TestDatabase.number("SELECT COUNT(*) FROM media_file");
        assertThat(TestDatabase.number("SELECT COUNT(DISTINCT media_id) FROM imported_file WHERE source_site = ?",
                "www.rights-watch-j3.example.org")).isEqualTo(3);
        assertThat(TestDatabase.string("SELECT summary FROM content_translation WHERE item_id = ? AND language = 'en'",
                statement)).isEqualTo("The organisation calls on the government to end enforced disappearances.");
        assertThat(TestDatabase.string("SELECT title FROM content_translation WHERE item_id = ?",
                importedItem("www.rights-watch-j3.example.org", 106))).isEqualTo("মানবাধিকার পরিস্থিতি ২০১৬");
        assertThat(TestDatabase.string("SELECT DATE_FORMAT(published_at, '%Y-%m-%d %H:%i') FROM content_item"
                + " WHERE id = ?", statement)).as("published when it was, not now").isEqualTo("2015-03-01 04:00");
        assertThat(TestDatabase.strings("SELECT t.slug FROM content_item_tag it JOIN tag t ON t.id = it.tag_id"
                + " WHERE it.item_id = ?", statement)).containsExactly("enforced-disappearance");

        WebClient reader = new WebClient(base.toURI());
        String english = "/en/press-statements/stop-enforced-disappearances-now";
        assertRedirect(reader, "/index.php?option=com_content&view=article&id=101:stop-enforced&catid=8&Itemid=102",
                english);
        assertRedirect(reader, "/index.php/news/101-stop-enforced-disappearances-now", english);
        assertRedirect(reader, "/en/news/101-stop-enforced-disappearances-now.html", english);
        assertRedirect(reader, "/news/stop-enforced-disappearances-now", english);
        assertThat(redirectOf(reader, "/index.php?option=com_content&view=article&id=102&lang=bn"))
                .startsWith("/bn/press-statements/");
        assertRedirect(reader, "/about", "/en/about-us");
        assertRedirect(reader, "/what-we-do/events/defenders-workshop-khulna", "/en/events/defenders-workshop-khulna");
        assertThat(reader.get(english).statusCode()).isEqualTo(200);
        assertRedirect(reader, "/images/stories/vigil.jpg", vigil);
        assertThat(report.select("#progress .old-redirects").text()).as("the old site's own redirects").isEqualTo("3");
        assertRedirect(reader, "/campaigns/disappearances.html", english);
        assertRedirect(reader, "/about-the-unit", "/en/about-us");
        for (String notHere : List.of("/to-the-draft", "/elsewhere", "/old-404-page")) {
            assertThat(reader.get(notHere).statusCode()).as(notHere + ": to a draft, another site, a 404 collected")
                    .isEqualTo(404);
        }
        assertThat(reader.get(vigil).statusCode()).as("shown by a published item").isEqualTo(200);
        for (String nothing : List.of("/index.php?option=com_content&view=article&id=105",
                "/index.php?option=com_content&view=article&id=104", "/index.php?option=com_content&view=article&id=999")) {
            assertThat(reader.get(nothing).statusCode()).as(nothing + ": a draft, the trash, never imported")
                    .isEqualTo(404);
        }

        // Run again: nothing is duplicated; then an editor changes one item here and the old site changes another.
        Document again = finished(admin, start(read(site, "old_site_j3", "jos_", JoomlaSites.READER_PASSWORD,
                folder.toString()), Map.of(categoryField(dry, "Staff notices"), "")));
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM media_file")).as("no file twice").isEqualTo(mediaFiles);
        assertThat(again.select("#runCounts .outcome-UNCHANGED").text()).isEqualTo("6");
        assertThat(again.select("#runCounts .outcome-CREATED").text()).isEqualTo("0");
        long workshop = importedItem("www.rights-watch-j3.example.org", 103);
        HttpResponse<String> edited = admin.submitForm("/admin/item?id=" + workshop, "editor",
                Map.of("languages:title_en", "Defenders' workshop in Khulna (edited here)"), "[id=editor:save]");
        assertThat(Jsoup.parse(edited.body()).select(".messages").text()).contains("Saved");
        JoomlaSites.change("old_site_j3", "UPDATE jos_content SET title = ?, modified = '2017-01-01 00:00:00'"
                + " WHERE id IN (101, 103)", "Stop enforced disappearances, now and forever");
        Document third = finished(admin, start(read(site, "old_site_j3", "jos_", JoomlaSites.READER_PASSWORD,
                folder.toString()), Map.of(categoryField(dry, "Staff notices"), "")));
        Map<String, Element> thirdLines = lines(third);
        assertThat(thirdLines.get("101").hasClass("outcome-UPDATED")).isTrue();
        assertThat(thirdLines.get("103").hasClass("outcome-KEPT")).as("edited in Barta: left alone").isTrue();
        assertThat(TestDatabase.string("SELECT title FROM content_translation WHERE item_id = ? AND language = 'en'",
                workshop)).isEqualTo("Defenders' workshop in Khulna (edited here)");
        assertThat(TestDatabase.string("SELECT title FROM content_translation WHERE item_id = ? AND language = 'en'",
                statement)).isEqualTo("Stop enforced disappearances, now and forever");
        assertThat(TestDatabase.number("SELECT COUNT(DISTINCT item_id) FROM imported_article WHERE source_site = ?",
                "www.rights-watch-j3.example.org")).as("no duplicates after three runs").isEqualTo(5);
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'import.end'"))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aJoomla4SiteKeepsItsHiddenAddressesScheduleAndEndedArticles() throws Exception {
        JoomlaSites.load("old_site_j4", "j4x_", "/joomla/content4.sql", "/joomla/joomla4.sql");
        HttpResponse<String> read = read("https://statements-j4.example.org/", "old_site_j4", "j4x_");
        Document dry = Jsoup.parse(read.body());
        assertThat(proposedKinds(dry)).containsEntry("Statements", "PRESS_STATEMENT")
                .containsEntry("Editorials", "EDITORIAL");

        Document report = finished(admin, start(read, Map.of()));
        assertThat(report.select("#runCounts .outcome-CREATED").text()).isEqualTo("4");
        long release = importedItem("statements-j4.example.org", 201);
        Document body = Jsoup.parse(TestDatabase.string("SELECT body FROM content_translation WHERE item_id = ?"
                + " AND language = 'en'", release));
        assertThat(body.select("a[href=mailto:press@rights-watch.org]")).hasSize(1);
        assertThat(body.html()).doesNotContain("joomla-hidden-mail").doesNotContain("{gallery}");
        assertThat(TestDatabase.strings("SELECT language FROM content_translation WHERE item_id = ? ORDER BY language",
                release)).containsExactly("bn", "en");
        assertThat(TestDatabase.string("SELECT state FROM content_item WHERE id = ?",
                importedItem("statements-j4.example.org", 203))).isEqualTo("SCHEDULED");
        assertThat(TestDatabase.string("SELECT state FROM content_item WHERE id = ?",
                importedItem("statements-j4.example.org", 204))).isEqualTo("ARCHIVED");
        WebClient reader = new WebClient(base.toURI());
        assertRedirect(reader, "/statements/release-detained-journalists",
                "/en/press-statements/release-detained-journalists");
        assertThat(reader.get("/index.php?option=com_content&view=article&id=203").statusCode())
                .as("scheduled: not public before its time").isEqualTo(404);
    }

    @Test
    void wrongConnectionDetailsAreRefusedWithAMessageThatSaysWhichAndNothingStarts() throws Exception {
        JoomlaSites.load("old_site_bad", "j4x_", "/joomla/content4.sql", "/joomla/joomla4.sql");
        JoomlaSites.empty("not_a_joomla_site");
        long runsBefore = TestDatabase.number("SELECT COUNT(*) FROM site_import");

        assertThat(message(read("https://bad.example.org", "old_site_bad", "j4x_", "wrong-password")))
                .contains("refused the user joomla_reader");
        assertThat(message(read("https://bad.example.org", "old_site_bad", "jos_", JoomlaSites.READER_PASSWORD)))
                .contains("no Joomla tables with the prefix jos_");
        assertThat(message(read("https://bad.example.org", "not_a_joomla_site", "j4x_", JoomlaSites.READER_PASSWORD)))
                .contains("no Joomla tables");
        assertThat(message(read("https://bad.example.org", "old_site_bad", "j4x_; DROP TABLE x",
                JoomlaSites.READER_PASSWORD))).contains("The table prefix is letters, digits and _");
        assertThat(message(read("not a web address", "old_site_bad", "j4x_", JoomlaSites.READER_PASSWORD)))
                .contains("Give the old site's address");
        assertThat(message(read("https://bad.example.org", "old_site_bad", "j4x_", JoomlaSites.READER_PASSWORD,
                "/no/such/old-site"))).contains("There is no images folder Barta can read in /no/such/old-site");
        assertThat(message(read("https://bad.example.org", "old_site_bad", "j4x_", JoomlaSites.READER_PASSWORD,
                "relative/folder"))).contains("Give the folder as a full path");
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM site_import")).isEqualTo(runsBefore);
        assertThat(JoomlaSites.change("old_site_bad", "UPDATE j4x_content SET hits = hits")).isEqualTo(4);
    }

    @Test
    void theOldSiteFolderMayComeAsAZipOfWhichOnlyTheImagesAreUnpackedUntilTheImportEnds() throws Exception {
        JoomlaSites.load("old_site_zip", "jos_", "/joomla/joomla3.sql");
        // One statement, under an id and alias of its own: the Joomla 3 test imports the same fixture.
        JoomlaSites.change("old_site_zip", "DELETE FROM jos_content WHERE id <> 101");
        JoomlaSites.change("old_site_zip", "UPDATE jos_content SET id = 9101, alias = 'statement-from-a-zip'");
        JoomlaSites.change("old_site_zip", "DELETE FROM jos_associations");
        JoomlaSites.change("old_site_zip", "DELETE FROM jos_contentitem_tag_map");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Path folder = oldSiteFolder();
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                entries.put("old-site/" + folder.relativize(file), Files.readAllBytes(file));
            }
        }
        entries.put("old-site/configuration.php", "<?php public $password = 'old-db-password';".getBytes());
        String site = "https://zip.rights-watch.example.org";

        HttpResponse<String> read = readWithZip(site, "old_site_zip", zip(entries));
        Document dry = Jsoup.parse(read.body());
        assertThat(dry.select(".messages").text()).as(read.body()).contains("The ZIP is unpacked: 4 files");
        assertThat(dry.select("#mapping")).isNotEmpty();
        assertThat(unpackedUploads()).as("the images only, in a folder of its own")
                .singleElement().satisfies(upload -> {
                    assertThat(upload.resolve("site/images/stories/vigil.jpg")).isRegularFile();
                    try (var files = Files.walk(upload)) {
                        assertThat(files.map(Path::getFileName).map(Path::toString)).doesNotContain(
                                "configuration.php", "upload.zip");
                    }
                });

        Document report = finished(admin, start(read, Map.of()));
        assertThat(report.select("#progress .state").text()).isEqualTo("done");
        Element line = lines(report).get("9101");
        assertThat(line.select(".note-FILES").text()).as("the photo, under two names").endsWith(": 1");
        assertThat(line.select(".note-MISSING_FILES").text()).endsWith(": images/stories/missing.jpg");
        long statement = importedItem("zip.rights-watch.example.org", 9101);
        assertThat(Jsoup.parse(TestDatabase.string("SELECT body FROM content_translation WHERE item_id = ?"
                + " AND language = 'en'", statement)).select("img[alt=Vigil in Dhaka]").attr("src"))
                .startsWith("/media/");
        assertThat(unpackedUploads()).as("removed when the import ended").isEmpty();

        assertThat(message(readWithZip(site, "old_site_zip", "PK\u0003\u0004 not really a zip".getBytes())))
                .contains("The file is not a ZIP that can be read");
        assertThat(message(readWithZip(site, "old_site_zip", zip(Map.of("images/../../../etc/x.jpg",
                new byte[] {1}))))).contains("would land outside its folder (images/../../../etc/x.jpg)");
        byte[] tooLarge = new byte[4 * 1024 * 1024];
        new Random(7).nextBytes(tooLarge);
        assertThat(message(readWithZip(site, "old_site_zip", zip(Map.of("images/big.jpg", tooLarge)))))
                .contains("larger than the 3 MB an upload may be");
        assertThat(unpackedUploads()).as("nothing left by what was refused").isEmpty();
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        WebClient editor = new WebClient(base.toURI());
        EditorSession.signIn(editor, EDITOR, PASSWORD);
        assertThat(editor.get("/admin/import").statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/import/report.csv?run=1").statusCode()).isEqualTo(403);
    }

    @Test
    void aCancelledImportLeavesEveryArticleWholeOrNotThere() throws Exception {
        JoomlaSites.load("old_site_big", "j4x_", "/joomla/content4.sql", "/joomla/joomla4.sql");
        // Articles of its own only: the Joomla 4 site's would compete with that test's for slugs and addresses.
        JoomlaSites.change("old_site_big", "DELETE FROM j4x_content");
        StringBuilder many = new StringBuilder("INSERT INTO j4x_content (id, title, alias, introtext, `fulltext`,"
                + " state, catid, created, modified, publish_up, images, urls, attribs, metadesc, metadata, language)"
                + " VALUES ");
        for (int i = 0; i < 400; i++) {
            many.append(i == 0 ? "" : ", ").append("(").append(1000 + i).append(", 'Statement number ").append(i)
                    .append("', 'statement-number-").append(i).append("', '<p>Text of statement ").append(i)
                    .append(".</p>', '', 1, 8, '2020-01-01 00:00:00', '2020-01-01 00:00:00', '2020-01-01 00:00:00',")
                    .append(" '{}', '{}', '{}', '', '{}', 'en-GB')");
        }
        JoomlaSites.change("old_site_big", many.toString());
        long run = start(read("https://big.example.org", "old_site_big", "j4x_"), Map.of());
        await().atMost(IMPORT_ENDS).until(() -> TestDatabase.number("SELECT done FROM site_import WHERE id = ?", run)
                >= 20);
        HttpResponse<String> cancelled = admin.fillForm(admin.get("/admin/import?run=" + run), "progress", Map.of(),
                "[id=progress:cancel]").send();
        assertThat(Jsoup.parse(cancelled.body()).select(".messages, .ui-messages").text())
                .as(cancelled.body()).contains("The import was cancelled");
        Document report = finished(admin, run);
        assertThat(report.select("#progress .state").text()).isEqualTo("cancelled");
        long created = Long.parseLong(report.select("#runCounts .outcome-CREATED").text());
        assertThat(created).isBetween(20L, 403L);
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM imported_article WHERE source_site = 'big.example.org'"))
                .as("every item counted has its record, no record without its item")
                .isEqualTo(TestDatabase.number("SELECT COUNT(*) FROM site_import_line WHERE import_id = ?"
                        + " AND item_id IS NOT NULL", run))
                .isEqualTo(TestDatabase.number("SELECT COUNT(*) FROM content_revision WHERE action = 'IMPORT'"
                        + " AND changed LIKE 'Joomla big.example.org %'"));
    }

    private HttpResponse<String> read(String site, String database, String prefix) throws Exception {
        return read(site, database, prefix, JoomlaSites.READER_PASSWORD);
    }

    private HttpResponse<String> read(String site, String database, String prefix, String password)
            throws Exception {
        return read(site, database, prefix, password, "");
    }

    private HttpResponse<String> read(String site, String database, String prefix, String password,
            String filesFolder) throws Exception {
        Map<String, String> fields = new HashMap<>();
        fields.put("filesFolder", filesFolder);
        fields.put("siteAddress", site);
        fields.put("host", "127.0.0.1");
        fields.put("port", String.valueOf(JoomlaSites.port()));
        fields.put("database", database);
        fields.put("user", JoomlaSites.READER);
        fields.put("password", password);
        fields.put("prefix", prefix);
        return admin.submitForm("/admin/import", "source", fields, "[id=source:read]");
    }

    private HttpResponse<String> readWithZip(String site, String database, byte[] zip) throws Exception {
        Map<String, String> fields = new HashMap<>();
        fields.put("siteAddress", site);
        fields.put("host", "127.0.0.1");
        fields.put("port", String.valueOf(JoomlaSites.port()));
        fields.put("database", database);
        fields.put("user", JoomlaSites.READER);
        fields.put("password", JoomlaSites.READER_PASSWORD);
        fields.put("prefix", "jos_");
        return admin.fillForm(admin.get("/admin/import"), "source", fields, "[id=source:read]")
                .sendWithFile("source:zip", "old-site.zip", "application/zip", zip);
    }

    /** The server's folders of unpacked uploads (BARTA_IMPORT_UPLOAD_DIR in the pom). */
    private static List<Path> unpackedUploads() throws Exception {
        Path uploads = Path.of("target", "it", "import-uploads");
        if (!Files.isDirectory(uploads)) {
            return List.of();
        }
        try (var folders = Files.list(uploads)) {
            return folders.filter(folder -> folder.getFileName().toString().startsWith("barta-import-")).toList();
        }
    }

    /**
     * The old site's folder as an administrator copies it to the server: the images and documents its articles
     * show (one photo twice under two names), without the one that was lost.
     */
    private static Path oldSiteFolder() throws Exception {
        Path folder = Path.of("target", "it", "old-site-j3").toAbsolutePath();
        Scratch.deleteRecursively(folder);
        byte[] vigil = MediaSamples.image(800, 600, "jpg");
        write(folder.resolve("images/stories/vigil.jpg"), vigil);
        write(folder.resolve("images/stories/vigil-copy.jpg"), vigil);
        write(folder.resolve("images/docs/report 2015.pdf"), MediaSamples.pdfWithAuthor());
        write(folder.resolve("images/events/khulna.jpg"), MediaSamples.image(640, 480, "jpg"));
        return folder;
    }

    private static void write(Path file, byte[] bytes) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** Presses "Start the import" on the dry run's page, with these kinds changed; the new run's id. */
    private long start(HttpResponse<String> dryRun, Map<String, String> kinds) throws Exception {
        Map<String, String> fields = new HashMap<>();
        kinds.forEach((field, kind) -> fields.put(field.substring("mapping:".length()), kind));
        return ImportPage.start(admin, dryRun, fields);
    }

    private static Map<String, String> proposedKinds(Document dryRun) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Element row : dryRun.select("#categories tr.category")) {
            Element selected = row.selectFirst("select option[selected]");
            kinds.put(row.selectFirst("label").text(), selected == null ? "" : selected.attr("value"));
        }
        return kinds;
    }

    private static String categoryField(Document dryRun, String title) {
        for (Element row : dryRun.select("#categories tr.category")) {
            if (row.selectFirst("label").text().equals(title)) {
                return row.selectFirst("select").attr("name");
            }
        }
        throw new AssertionError("No category " + title);
    }

    private static Map<String, Element> lines(Document report) {
        Map<String, Element> lines = new HashMap<>();
        report.select("#report-lines tr.line").forEach(line -> lines.put(line.selectFirst(".old-id").text(), line));
        return lines;
    }

    private static long importedItem(String site, long oldId) throws Exception {
        return TestDatabase.number("SELECT item_id FROM imported_article WHERE source_site = ? AND source_id = ?",
                site, oldId);
    }
}
