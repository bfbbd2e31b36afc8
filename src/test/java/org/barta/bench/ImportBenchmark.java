package org.barta.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.barta.migration.JoomlaSites;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Joomla import on a generated site, run by {@code bench/import.sh} (never by {@code ./mvnw verify}: its name
 * is no IT): {@code bench.articles} articles in two languages (pairs linked as translations) with
 * {@code bench.images} distinct images under the old site's folder, imported through the import page as an
 * administrator would; then the same import again (nothing changed); then, side by side in one run, the rate at
 * which the old addresses are answered against a cached page ({@code wrk}, 127.0.0.1). The old site's database is
 * on a server of its own on 127.0.0.1 ({@code JoomlaSites}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportBenchmark {

    private static final String ADMIN = "bench-import-admin";
    private static final String PASSWORD = "bench-import-password-1";
    private static final String SITE = "bench-old-site.example.org";

    private final int articles = Integer.getInteger("bench.articles", 5000);
    private final int images = Integer.getInteger("bench.images", 3000);
    private final int warmup = Integer.getInteger("bench.warmup", 10);
    private final int duration = Integer.getInteger("bench.duration", 20);
    private final int connections = Integer.getInteger("bench.connections", 50);
    private final BenchReport report = new BenchReport("import");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void importAGeneratedSiteTwiceAndAnswerItsOldAddresses() throws Exception {
        report.line("Barta Joomla import benchmark, %s, %d cores; Payara, its MariaDB and the old site's MariaDB on 127.0.0.1",
                Instant.now(), Runtime.getRuntime().availableProcessors());
        try {
            long generating = System.nanoTime();
            Path folder = generate();
            report.line("generated: %d articles (%d pairs linked as translations, 5 categories, a menu item each), %d"
                    + " distinct JPEG images (%d KB in all) in %.1f s", articles, articles / 2, images,
                    folderBytes(folder) / 1024, seconds(generating));
            TestAccounts.ensure(ADMIN, "Bench Import Admin", "EDITOR", PASSWORD);
            TestDatabase.update("UPDATE account SET role = 'ADMIN' WHERE username = ?", ADMIN);
            WebClient admin = new WebClient(base.toURI());
            EditorSession.signIn(admin, ADMIN, PASSWORD);

            long dryRun = System.nanoTime();
            HttpResponse<String> read = read(admin, folder);
            report.line("dry run (reads every article, compares with what was imported): %.1f s", seconds(dryRun));
            Run first = importOnce(admin, read);
            report.line("first import: %.1f s; %s", first.seconds(), first.counts());
            Run second = importOnce(admin, read(admin, folder));
            report.line("second import, nothing changed: %.1f s; %s", second.seconds(), second.counts());
            report.line("media entries after both: %d (images %d)", TestDatabase.number("SELECT COUNT(*) FROM imported_file"
                    + " WHERE source_site = ?", SITE), images);
            redirectRates();
            report.line("");
            report.line("target: first import under 120 s: %s; second under 20 s: %s",
                    first.seconds() < 120 ? "met" : "NOT met", second.seconds() < 20 ? "met" : "NOT met");
        } finally {
            TestDatabase.update("UPDATE account SET role = 'EDITOR' WHERE username = ?", ADMIN);
            report.write();
        }
    }

    private record Run(double seconds, String counts) {
    }

    private Run importOnce(WebClient admin, HttpResponse<String> dryRun) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> start = admin.fillForm(dryRun, "mapping", Map.of(), "[id=mapping:start]").send();
        long run = Long.parseLong(start.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("not started: " + start.body())).replaceAll(".*[?&]run=(\\d+).*", "$1"));
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(() -> !"RUNNING".equals(
                TestDatabase.string("SELECT state FROM site_import WHERE id = ?", run)));
        double seconds = seconds(started);
        assertThat(TestDatabase.string("SELECT state FROM site_import WHERE id = ?", run)).isEqualTo("DONE");
        return new Run(seconds, String.join(", ", TestDatabase.strings("SELECT CONCAT(created, ' created, ', updated,"
                + " ' updated, ', unchanged, ' unchanged, ', skipped, ' skipped, ', failed, ' failed')"
                + " FROM site_import WHERE id = ?", run)));
    }

    private void redirectRates() throws Exception {
        WebClient reader = new WebClient(base.toURI());
        String item = reader.get("/index.php?option=com_content&view=article&id=1").headers().firstValue("Location")
                .orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(reader.get(item).statusCode()).isEqualTo(200);
        URI root = base.toURI();
        report.line("");
        report.line("wrk -t2 -c%d, %d s warm-up, %d s measured, each address in turn (same run):", connections, warmup,
                duration);
        double page = Wrk.rate(root.resolve(item), connections, warmup, duration);
        double query = Wrk.rate(root.resolve("/index.php?option=com_content&view=article&id=1&Itemid=101"),
                connections, warmup, duration);
        double path = Wrk.rate(root.resolve("/index.php/en/news-0/1-bench-article-0.html"), connections, warmup,
                duration);
        report.line("  cached item page %s: %.0f req/s", item, page);
        report.line("  old address index.php?option=com_content&view=article&id=1&Itemid=101 (301): %.0f req/s (%.2f x)",
                query, query / page);
        report.line("  old address /index.php/en/news-0/1-bench-article-0.html (301): %.0f req/s (%.2f x)", path,
                path / page);
    }

    private HttpResponse<String> read(WebClient admin, Path folder) throws Exception {
        Map<String, String> fields = new HashMap<>();
        fields.put("siteAddress", "https://" + SITE);
        fields.put("host", "127.0.0.1");
        fields.put("port", String.valueOf(JoomlaSites.port()));
        fields.put("database", "bench_old_site");
        fields.put("user", JoomlaSites.READER);
        fields.put("password", JoomlaSites.READER_PASSWORD);
        fields.put("prefix", "jos_");
        fields.put("filesFolder", folder.toString());
        HttpResponse<String> read = admin.submitForm("/admin/import", "source", fields, "[id=source:read]");
        assertThat(read.body()).as("the dry run").contains("id=\"mapping\"");
        return read;
    }

    /** The old site: its database and its folder of images. */
    private Path generate() throws Exception {
        Path folder = Path.of("target", "bench-import", "old-site").toAbsolutePath();
        Scratch.deleteRecursively(folder);
        Files.createDirectories(folder.resolve("images/photos"));
        for (int i = 0; i < images; i++) {
            Files.write(folder.resolve("images/photos/photo-" + i + ".jpg"), jpeg(i));
        }
        JoomlaSites.load("bench_old_site", "jos_", "/joomla/content4.sql", "/joomla/bench-site.sql");
        try (Connection site = JoomlaSites.connect("bench_old_site")) {
            site.setAutoCommit(false);
            try (PreparedStatement article = site.prepareStatement("""
                    INSERT INTO jos_content (id, title, alias, introtext, `fulltext`, state, catid, created, modified,
                        publish_up, publish_down, images, urls, attribs, metadesc, metadata, language)
                    VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, NULL, ?, '{}', '{}', '', '{}', ?)""");
                 PreparedStatement link = site.prepareStatement(
                         "INSERT INTO jos_associations (id, context, `key`) VALUES (?, 'com_content.item', ?)")) {
                for (int i = 0; i < articles; i++) {
                    int id = i + 1;
                    int pair = i / 2;
                    boolean english = i % 2 == 0;
                    String date = String.format(Locale.ROOT, "20%02d-%02d-%02d 08:00:00", 10 + pair % 15,
                            1 + pair % 12, 1 + pair % 28);
                    article.setInt(1, id);
                    article.setString(2, english ? "Bench article " + pair : "বেঞ্চ লেখা " + pair);
                    article.setString(3, "bench-article-" + pair + (english ? "" : "-bn"));
                    article.setString(4, "<p>" + (english ? "The organisation documents violation " + pair
                            : "সংস্থাটি লঙ্ঘন নথিভুক্ত করে " + pair) + ".</p>");
                    int image = english ? pair : articles / 2 + pair;
                    article.setString(5, "<p>" + "Text of the statement. ".repeat(40) + "</p>"
                            + (image < images ? "<p><img src=\"images/photos/photo-" + image + ".jpg\" alt=\"\"></p>"
                                    : ""));
                    article.setInt(6, 8 + pair % 5);
                    article.setString(7, date);
                    article.setString(8, date);
                    article.setString(9, date);
                    article.setString(10, "{\"image_intro\":\"\",\"image_fulltext\":\"\"}");
                    article.setString(11, english ? "en-GB" : "bn-BD");
                    article.addBatch();
                    link.setInt(1, id);
                    link.setString(2, String.format(Locale.ROOT, "%032x", pair));
                    link.addBatch();
                    if (i % 500 == 499) {
                        article.executeBatch();
                        link.executeBatch();
                    }
                }
                article.executeBatch();
                link.executeBatch();
            }
            site.commit();
        }
        return folder;
    }

    private static byte[] jpeg(int n) throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(n * 7919 % 0xFFFFFF));
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.WHITE);
        g.drawString("photo " + n, 20, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static long folderBytes(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
