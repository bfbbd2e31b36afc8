package org.barta.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.barta.testing.EditorSession;
import org.barta.testing.OwnServer;
import org.barta.testing.OwnServers;
import org.barta.testing.PayaraProcess;
import org.barta.testing.Sends;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestDatabase;
import org.barta.testing.TestServices;
import org.barta.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's {@code bin/backup} and {@code bin/restore}, run as an administrator runs them: a live site
 * with a statement in both languages, subscribers and an edition sent to half of them is backed up while it
 * runs; the archive is restored into an empty database and media folder, which then hold what the site held,
 * table by table and file by file; a server started on them serves the statement and sends the rest of the
 * edition, to the other half only. A second restore over it, and a damaged archive, are refused.
 */
@OwnServers
class BackupRestoreIT {

    private static final String DOMAIN = "backup.example";
    private static final int SUBSCRIBERS = 200;
    private static final String RESTORED = "barta_restored";
    private static final String EDITOR = "backup-editor";
    private static final String PASSWORD = "backup-editor-password-1";
    private static final String TABLES =
            "SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name";
    /** The site's content, people and sends, the schema's history: what a restore must bring back as it was. */
    private static final List<String> COMPARED = List.of("flyway_schema_history", "account", "content_item",
            "content_translation", "media_file", "subscriber", "newsletter_edition", "newsletter_delivery");

    @TempDir
    static Path dir;

    @Test
    void aLiveSiteRestoredIntoAnEmptyDatabaseServesItsPagesAndSendsTheRestOfItsEdition() throws Exception {
        String slug = "backup-statement-" + System.nanoTime();
        String bangla = "সংরক্ষিত বিবৃতি " + slug;
        Path archive = dir.resolve("site.tar.gz");
        long edition;
        try (PayaraProcess source = OwnServer.start("backup-source", OwnServer.applicationWar(), Map.of())) {
            source.awaitReady(OwnServer.BOOT);
            TestAccounts.ensure(EDITOR, "Backup Editor", "EDITOR", PASSWORD);
            EditorSession editor = EditorSession.signIn(new WebClient(URI.create(source.base())), EDITOR, PASSWORD);
            long item = editor.createPressStatement(Map.of(
                    "languages:title_en", "Statement kept in a backup " + slug,
                    "languages:slug_en", slug,
                    "languages:summary_en", "What the backup keeps.",
                    "languages:body_en_input", "<p>Restored with everything else.</p>",
                    "languages:title_bn", bangla,
                    "languages:slug_bn", slug,
                    "languages:summary_bn", "ব্যাকআপে যা থাকে।",
                    "languages:body_bn_input", "<p>বাকি সবকিছুর সঙ্গে ফিরে এসেছে।</p>"));
            editor.press(item, "PUBLISH");
            TestDatabase.addConfirmedSubscribers("backup-", DOMAIN, SUBSCRIBERS, "bn");
            edition = halfSentEdition();
            // A file of its own in the site's media folder, so the folder's round trip is checked even when no test
            // before this one uploaded anything (the folder did not exist when it ran alone).
            Path siteMedia = Files.createDirectories(Path.of(System.getenv("BARTA_MEDIA_DIR")).resolve("backup-check"));
            Files.write(siteMedia.resolve(slug + ".bin"), slug.getBytes(StandardCharsets.UTF_8));

            run("backup", Map.of(), archive.toString()).assertSucceeded();
        }

        TestDatabase.update("CREATE DATABASE " + RESTORED + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Path media = dir.resolve("restored-media");
        Map<String, String> restoredSite = Map.of("BARTA_DB_URL", restoredUrl(),
                "BARTA_MEDIA_DIR", media.toString());
        run("restore", restoredSite, archive.toString()).assertSucceeded();

        assertThat(TestDatabase.strings(TABLES, RESTORED)).as("the restored schema's tables")
                .isEqualTo(TestDatabase.strings(TABLES, "barta"));
        for (String table : COMPARED) {
            assertThat(checksum(RESTORED, table)).as("table " + table).isEqualTo(checksum("barta", table));
        }
        assertThat(files(media)).as("the media folder").isEqualTo(files(Path.of(System.getenv("BARTA_MEDIA_DIR"))));
        assertThat(run("restore", restoredSite, archive.toString()).output()).as("a second restore over the first")
                .contains("restore into an empty database").contains("nothing restored");
        Path damaged = Files.write(dir.resolve("damaged.tar.gz"), "not an archive".getBytes(StandardCharsets.UTF_8));
        assertThat(run("restore", restoredSite, damaged.toString()).output()).as("a damaged archive")
                .contains("damaged").contains("nothing restored");

        TestServices.mail().purgeEmailFromAllMailboxes();
        try (PayaraProcess restored = OwnServer.start("backup-restored", OwnServer.applicationWar(), restoredSite)) {
            restored.awaitReady(OwnServer.BOOT);
            WebClient reader = new WebClient(URI.create(restored.base()));
            assertThat(reader.get("/en/press-statements/" + slug).body()).contains("Statement kept in a backup");
            assertThat(reader.get("/bn/press-statements/" + slug).body()).contains(bangla);

            TestDatabase.update("UPDATE " + RESTORED + ".newsletter_edition SET state = 'SENDING' WHERE id = ?",
                    edition);
            await("the restored send").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() ->
                    "SENT".equals(TestDatabase.string(
                            "SELECT state FROM " + RESTORED + ".newsletter_edition WHERE id = ?", edition)));
        }
        Map<String, Integer> copies = Sends.copies(edition);
        assertThat(copies).as("the half not sent before the backup").hasSize(SUBSCRIBERS / 2).allSatisfy(
                (address, count) -> assertThat(count).as(address).isEqualTo(1));
        assertThat(copies.keySet()).as("nobody served before the backup gets it again")
                .doesNotContainAnyElementsOf(TestDatabase.strings("SELECT s.email FROM newsletter_delivery d "
                        + "JOIN subscriber s ON s.id = d.subscriber_id WHERE d.edition_id = ? AND d.state = 'SENT'",
                        edition));
    }

    @AfterAll
    static void dropTheRestoredSite() throws Exception {
        TestDatabase.update("DROP DATABASE IF EXISTS " + RESTORED);
        if (TestDatabase.number("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'subscriber' "
                + "AND table_schema = 'barta'") > 0) {
            TestDatabase.update("UPDATE subscriber SET status = 'UNSUBSCRIBED' WHERE email LIKE ?", "%@" + DOMAIN);
        }
    }

    /** An edition paused after reaching the first half of this test's subscribers (in key order). */
    private static long halfSentEdition() throws Exception {
        long edition = Sends.pausedEdition("Backup test edition");
        Sends.queue(edition, DOMAIN);
        TestDatabase.update("UPDATE newsletter_delivery SET state = 'SENT', sent_at = UTC_TIMESTAMP(3), attempts = 1 "
                + "WHERE edition_id = ? ORDER BY subscriber_id LIMIT ?", edition, SUBSCRIBERS / 2);
        return edition;
    }

    private static String restoredUrl() {
        return System.getenv("BARTA_DB_URL").replace("/barta?", "/" + RESTORED + "?");
    }

    private static long checksum(String schema, String table) throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("CHECKSUM TABLE " + schema + "." + table)) {
            rs.next();
            return rs.getLong(2);
        }
    }

    /** Every file under {@code root}: its path there and SHA-256. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), sha256(file));
            }
        }
        return files;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a script of the distribution with the run's settings plus {@code settings}. */
    private static Ran run(String script, Map<String, String> settings, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("barta.dist"), "bin", script).toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("BARTA_MARIADB_BIN",
                Path.of(System.getProperty("barta.it.dir"), "mariadb-base", "bin").toAbsolutePath().toString());
        builder.environment().putAll(settings);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(script + " ended").isTrue();
        return new Ran(script, process.exitValue(), output);
    }

    private record Ran(String script, int exit, String output) {

        void assertSucceeded() {
            assertThat(exit).as(script + " said: " + output).isZero();
        }
    }
}
