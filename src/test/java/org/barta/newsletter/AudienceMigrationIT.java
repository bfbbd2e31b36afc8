package org.barta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.barta.testing.TestDatabase;
import org.barta.testing.TestServices;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * The move to audiences on a database as the last release left it: every subscriber, whatever their status, is a
 * member of the newsletter afterwards with their consent record, and every edition went to the newsletter.
 */
class AudienceMigrationIT {

    private static final String DATABASE = "barta_audience_migration";

    @Test
    void everySubscriberMovesIntoTheNewsletterWithTheirStatusAndConsent() throws Exception {
        try (Connection admin = TestDatabase.connect()) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE);
            admin.createStatement().execute("CREATE DATABASE " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = TestServices.jdbcUrl().replace("/barta?", "/" + DATABASE + "?");
        flyway(url, MigrationVersion.fromVersion("73")).migrate();
        try (Connection db = DriverManager.getConnection(url, "barta", "barta")) {
            insert(db, "confirmed@m.example", "CONFIRMED", "FORM", "2026-01-05 10:00:00", null,
                    "203.0.113.5", "2026-11", null);
            insert(db, "pending@m.example", "PENDING", "FORM", null, null, "203.0.113.6", "2026-11", null);
            insert(db, "left@m.example", "UNSUBSCRIBED", "FORM", "2026-01-05 10:00:00", "2026-03-01 09:00:00",
                    "203.0.113.7", "2026-11", null);
            insert(db, "bounced@m.example", "BOUNCED", "IMPORT", "2026-02-01 08:00:00", null, null, null,
                    "imported by editor desk from list.csv (have consent)");
            insert(db, "complained@m.example", "COMPLAINED", "ADMIN", "2026-02-02 08:00:00", null, null, null,
                    "added by editor desk (has their consent)");
            db.createStatement().executeUpdate("""
                    INSERT INTO newsletter_edition (number, month, state, covers_from, covers_to, created_at, updated_at)
                    VALUES (1, '2026-11-01', 'SENT', NOW(3), NOW(3), NOW(3), NOW(3))""");
        }

        flyway(url, MigrationVersion.LATEST).migrate();

        try (Connection db = DriverManager.getConnection(url, "barta", "barta")) {
            assertThat(TestDatabase.number(db, "SELECT COUNT(*) FROM subscriber")).isEqualTo(5);
            assertThat(TestDatabase.number(db, """
                    SELECT COUNT(*) FROM audience_member m JOIN audience a ON a.id = m.audience_id
                    WHERE a.code = 'newsletter'""")).as("one newsletter membership each").isEqualTo(5);
            assertThat(TestDatabase.strings(db, """
                    SELECT CONCAT_WS('|', s.email, s.status, m.status, m.source, COALESCE(m.confirmed_at, '-'),
                                     COALESCE(m.unsubscribed_at, '-'), COALESCE(m.consent_address, '-'),
                                     COALESCE(m.consent_text_version, '-'), COALESCE(m.consent_note, '-'),
                                     m.created_at = s.created_at, m.consent_at <=> s.consent_at)
                    FROM subscriber s JOIN audience_member m ON m.subscriber_id = s.id ORDER BY s.email""")).containsExactly(
                    "bounced@m.example|BOUNCED|CONFIRMED|IMPORT|2026-02-01 08:00:00.000|-|-|-|"
                            + "imported by editor desk from list.csv (have consent)|1|1",
                    "complained@m.example|COMPLAINED|CONFIRMED|ADMIN|2026-02-02 08:00:00.000|-|-|-|"
                            + "added by editor desk (has their consent)|1|1",
                    "confirmed@m.example|CONFIRMED|CONFIRMED|FORM|2026-01-05 10:00:00.000|-|203.0.113.5|2026-11|-|1|1",
                    "left@m.example|UNSUBSCRIBED|UNSUBSCRIBED|FORM|2026-01-05 10:00:00.000|2026-03-01 09:00:00.000|"
                            + "203.0.113.7|2026-11|-|1|1",
                    "pending@m.example|PENDING|PENDING|FORM|-|-|203.0.113.6|2026-11|-|1|1");
            assertThat(TestDatabase.strings(db, """
                    SELECT a.code FROM newsletter_edition e JOIN audience a ON a.id = e.audience_id""")).containsExactly(
                    "newsletter");
            assertThat(TestDatabase.strings(db, "SELECT CONCAT_WS('|', code, name_en, name_bn, visibility) FROM audience"))
                    .containsExactly("newsletter|Newsletter|নিউজলেটার|PUBLIC");
        }
    }

    private static Flyway flyway(String url, MigrationVersion target) {
        return Flyway.configure(AudienceMigrationIT.class.getClassLoader()).dataSource(url, "barta", "barta")
                .locations("classpath:db/migration", "classpath:org/barta/platform/migration").target(target).load();
    }

    private static void insert(Connection db, String email, String status, String source, String confirmedAt,
                               String unsubscribedAt, String consentAddress, String textVersion, String note)
            throws Exception {
        try (var insert = db.prepareStatement("""
                INSERT INTO subscriber (email, language, status, source, link_nonce, created_at, confirmed_at,
                                        unsubscribed_at, consent_at, consent_address, consent_text_version,
                                        consent_note)
                VALUES (?, 'en', ?, ?, 'migrationmigrationmigr', '2026-01-01 12:00:00', ?, ?, '2026-01-01 12:00:00',
                        ?, ?, ?)""")) {
            insert.setString(1, email);
            insert.setString(2, status);
            insert.setString(3, source);
            insert.setString(4, confirmedAt);
            insert.setString(5, unsubscribedAt);
            insert.setString(6, consentAddress);
            insert.setString(7, textVersion);
            insert.setString(8, note);
            insert.executeUpdate();
        }
    }
}
