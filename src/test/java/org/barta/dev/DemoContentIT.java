package org.barta.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.barta.content.ContentKind;
import org.barta.testing.Scratch;
import org.barta.testing.TestDatabase;
import org.barta.testing.TestServices;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The run profile's demo content, loaded into a database of its own as {@code ./mvnw -Prun} loads it: a newcomer
 * finds every kind published, Bangla next to English, a report with its PDF in the media library and an
 * "About us" page.
 */
class DemoContentIT {

    @Test
    void aNewcomerSeesEveryKindABanglaEditorialAndAReportWithItsPdf() throws Exception {
        try (Connection admin = TestDatabase.connect()) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS barta_demo");
            admin.createStatement().execute("CREATE DATABASE barta_demo CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = TestServices.jdbcUrl().replace("/barta?", "/barta_demo?");
        Flyway.configure(DemoContentIT.class.getClassLoader()).dataSource(url, "barta", "barta")
                .locations("classpath:db/migration", "classpath:org/barta/platform/migration").load().migrate();
        Path media = Files.createTempDirectory("barta-demo-media-");
        try (Connection demo = DriverManager.getConnection(url, "barta", "barta")) {
            assertThat(new DemoContent(url, media).loadOnce()).isTrue();
            assertThat(new DemoContent(url, media).loadOnce()).as("only into an empty site").isFalse();

            List<String> missing = new ArrayList<>();
            for (ContentKind kind : ContentKind.values()) {
                if (TestDatabase.number(demo, "SELECT COUNT(*) FROM content_item WHERE kind = ? AND state = 'PUBLISHED'",
                        kind.name()) == 0) {
                    missing.add(kind.name());
                }
            }
            assertThat(missing).as("kinds without a published item").isEmpty();
            assertThat(TestDatabase.number(demo, """
                    SELECT COUNT(*) FROM content_item i JOIN content_translation t ON t.item_id = i.id
                    WHERE i.kind = 'EDITORIAL' AND i.state = 'PUBLISHED' AND t.language = 'bn'""")).isPositive();
            assertThat(TestDatabase.number(demo, """
                    SELECT COUNT(*) FROM content_item i JOIN content_translation t ON t.item_id = i.id
                    WHERE i.kind = 'PAGE' AND i.state = 'PUBLISHED' AND t.language = 'en' AND t.slug = 'about'"""))
                    .isEqualTo(1);

            List<String> pdf = TestDatabase.strings(demo, """
                    SELECT CONCAT(m.storage_key, ' ', m.sha256, ' ', m.size_bytes, ' ', m.content_type)
                    FROM content_item i JOIN media_file m ON m.id = i.report_file_id
                    WHERE i.kind = 'REPORT' AND i.state = 'PUBLISHED' AND i.publication_date IS NOT NULL""");
            assertThat(pdf).hasSize(1);
            String[] row = pdf.get(0).split(" ");
            Path file = media.resolve(row[0].substring(0, 2)).resolve(row[0]).resolve("original");
            byte[] bytes = Files.readAllBytes(file);
            assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(row[1]);
            assertThat(Long.parseLong(row[2])).isEqualTo(bytes.length);
            assertThat(row[3]).isEqualTo("application/pdf");
        } finally {
            Scratch.deleteRecursively(media);
        }
    }
}
