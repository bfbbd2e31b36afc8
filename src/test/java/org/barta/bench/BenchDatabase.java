package org.barta.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.barta.newsletter.dispatch.DeliveryLedger;
import org.barta.testing.NewsletterMembers;

/**
 * The benchmark's own JDBC access to the bench database: seeding subscribers and editions fast, starting a send
 * exactly as {@code EditionService.startSend} does, and reading the ledger afterwards.
 */
final class BenchDatabase {

    /**
     * The baseline the preparation is compared with in the same run: the ledger statement from before audiences,
     * every confirmed subscriber with no membership join (parameters edition, next attempt time).
     */
    private static final String PREPARE_BEFORE_AUDIENCES = """
            INSERT IGNORE INTO newsletter_delivery (edition_id, subscriber_id, state, next_attempt_at)
            SELECT ?, s.id, 'QUEUED', ? FROM subscriber s WHERE s.status = 'CONFIRMED'""";

    /** Copied from {@code EditionRepository.markSending}, which runs in the same transaction as the preparation. */
    private static final String MARK_SENDING = """
            UPDATE newsletter_edition SET state = 'SENDING', send_started_at = UTC_TIMESTAMP(3),
                   updated_at = UTC_TIMESTAMP(3), version = version + 1
            WHERE id = ? AND state = 'APPROVED'""";

    private static final int SEED_BATCH = 5_000;
    private static final int SEED_COMMIT = 50_000;

    private final String url;

    /** Same time zone handling as the application's pool, and multi-row inserts for the batches. */
    BenchDatabase(String jdbcUrl) {
        this.url = jdbcUrl + "&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&rewriteBatchedStatements=true";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "barta", "barta");
    }

    /**
     * Adds confirmed subscribers {@code prefix<from>@bench.example … prefix<to-1>@bench.example}, every other one
     * reading Bangla.
     */
    void addSubscribers(String prefix, long from, long to) throws SQLException {
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO subscriber (email, language, status, source, link_nonce, created_at, confirmed_at)
                VALUES (?, ?, 'CONFIRMED', 'IMPORT', ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))""")) {
            c.setAutoCommit(false);
            for (long i = from; i < to; i++) {
                insert.setString(1, prefix + i + "@bench.example");
                insert.setString(2, i % 2 == 0 ? "en" : "bn");
                insert.setString(3, String.format("%s%0" + (22 - prefix.length()) + "d", prefix, i));
                insert.addBatch();
                if ((i - from) % SEED_BATCH == SEED_BATCH - 1) {
                    insert.executeBatch();
                }
                if ((i - from) % SEED_COMMIT == SEED_COMMIT - 1) {
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
            NewsletterMembers.join(c, prefix + "%@bench.example");
            c.commit();
        }
    }

    /**
     * An approved edition carrying the most recent published statements, editorials, event reports and reports,
     * with a subject and an introduction in both languages, as an editor leaves it before the send starts.
     */
    long approvedEdition(int number, int items) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement edition = c.prepareStatement("""
                    INSERT INTO newsletter_edition (number, month, audience_id, subject_en, subject_bn, intro_en, intro_bn, state,
                        covers_from, covers_to, send_at, approved_at, created_at, updated_at)
                    VALUES (?, ?, (SELECT id FROM audience WHERE code = 'newsletter'), ?, ?, ?, ?, 'APPROVED', UTC_TIMESTAMP(3) - INTERVAL 31 DAY, UTC_TIMESTAMP(3),
                        UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))""")) {
                edition.setInt(1, number);
                edition.setString(2, String.format("%04d-%02d-01", 2090 + number / 12, number % 12 + 1));
                edition.setString(3, "Human rights this month: what we documented and what comes next");
                edition.setString(4, "এ মাসের মানবাধিকার: আমরা যা নথিভুক্ত করেছি এবং সামনে যা আসছে");
                edition.setString(5, INTRO_EN);
                edition.setString(6, INTRO_BN);
                edition.executeUpdate();
            }
            long id = number(c, "SELECT id FROM newsletter_edition WHERE number = ?", number);
            try (PreparedStatement carry = c.prepareStatement("""
                    INSERT INTO newsletter_edition_item (edition_id, item_id, position)
                    SELECT ?, id, ROW_NUMBER() OVER (ORDER BY published_at DESC) FROM content_item
                    WHERE state = 'PUBLISHED' AND kind IN ('PRESS_STATEMENT', 'EDITORIAL', 'EVENT_REPORT', 'REPORT')
                    ORDER BY published_at DESC LIMIT ?""")) {
                carry.setLong(1, id);
                carry.setInt(2, items);
                carry.executeUpdate();
            }
            c.commit();
            return id;
        }
    }

    /**
     * Puts these subscribers into the audiences {@code release-<send>-1 … release-<send>-<count>} of one send (made
     * when missing), each into all but one of them (by id), so a release to all of them must leave out every repeat.
     */
    void joinReleaseAudiences(String emailLike, int count, int send) throws SQLException {
        try (Connection c = connect()) {
            for (int i = 1; i <= count; i++) {
                try (PreparedStatement audience = c.prepareStatement("""
                        INSERT IGNORE INTO audience (code, name_en, name_bn, visibility, created_at)
                        VALUES (?, ?, ?, 'PRIVATE', UTC_TIMESTAMP(3))""")) {
                    audience.setString(1, "release-" + send + "-" + i);
                    audience.setString(2, "Release list " + send + "-" + i);
                    audience.setString(3, "বিজ্ঞপ্তি তালিকা " + send + "-" + i);
                    audience.executeUpdate();
                }
                try (PreparedStatement join = c.prepareStatement("""
                        INSERT IGNORE INTO audience_member (audience_id, subscriber_id, status, source, created_at,
                                                            confirmed_at, consent_at, consent_note)
                        SELECT a.id, s.id, 'CONFIRMED', 'ADMIN', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3),
                               'bench'
                        FROM subscriber s JOIN audience a ON a.code = ?
                        WHERE s.email LIKE ? AND MOD(s.id, ?) <> ?""")) {
                    join.setString(1, "release-" + send + "-" + i);
                    join.setString(2, emailLike);
                    join.setInt(3, count);
                    join.setInt(4, i - 1);
                    join.executeUpdate();
                }
            }
        }
    }

    /**
     * An approved press release of the latest published statement, in both languages, to the audiences of one send
     * ({@link #joinReleaseAudiences}; the first leads), as two editors leave it.
     */
    long approvedRelease(int send) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement release = c.prepareStatement("""
                    INSERT INTO newsletter_edition (series, month, audience_id, content_item_id, languages, state,
                        covers_from, covers_to, send_at, approved_at, created_at, updated_at)
                    SELECT 'RELEASE', '2099-01-01', (SELECT id FROM audience WHERE code = ?),
                        (SELECT MAX(id) FROM content_item WHERE state = 'PUBLISHED' AND kind = 'PRESS_STATEMENT'),
                        'en,bn', 'APPROVED', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3),
                        UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)""")) {
                release.setString(1, "release-" + send + "-1");
                release.executeUpdate();
            }
            long id = number(c, "SELECT MAX(id) FROM newsletter_edition WHERE series = 'RELEASE'");
            try (PreparedStatement further = c.prepareStatement("""
                    INSERT INTO edition_further_audience (edition_id, audience_id)
                    SELECT ?, id FROM audience WHERE code LIKE ? AND code <> ?""")) {
                further.setLong(1, id);
                further.setString(2, "release-" + send + "-%");
                further.setString(3, "release-" + send + "-1");
                further.executeUpdate();
            }
            c.commit();
            return id;
        }
    }

    /**
     * Starts the send as {@code EditionService.startSend} does: the edition moves to SENDING and gets its whole
     * ledger in one transaction. Returns the ledger rows made and the time the transaction took.
     */
    Preparation startSend(long editionId) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement mark = c.prepareStatement(MARK_SENDING);
                 PreparedStatement prepare = c.prepareStatement(DeliveryLedger.PREPARE);
                 PreparedStatement further = c.prepareStatement(DeliveryLedger.PREPARE_FURTHER)) {
                mark.setLong(1, editionId);
                if (mark.executeUpdate() != 1) {
                    throw new IllegalStateException("Edition " + editionId + " was not APPROVED");
                }
                int rows = 0;
                for (PreparedStatement statement : List.of(prepare, further)) {
                    statement.setTimestamp(1, Timestamp.from(Instant.now()));
                    statement.setLong(2, editionId);
                    rows += statement.executeUpdate();
                }
                long statementDone = System.nanoTime();
                c.commit();
                return new Preparation(rows, (statementDone - started) / 1e9, (System.nanoTime() - started) / 1e9);
            }
        }
    }

    /**
     * Times {@link #PREPARE_BEFORE_AUDIENCES} for this edition and rolls it back, leaving the tables as they were
     * for the real preparation that follows.
     */
    Preparation baselineBeforeAudiences(long editionId) throws SQLException {
        try (Connection c = connect(); PreparedStatement prepare = c.prepareStatement(PREPARE_BEFORE_AUDIENCES)) {
            c.setAutoCommit(false);
            long started = System.nanoTime();
            prepare.setLong(1, editionId);
            prepare.setTimestamp(2, Timestamp.from(Instant.now()));
            int rows = prepare.executeUpdate();
            double seconds = (System.nanoTime() - started) / 1e9;
            c.rollback();
            return new Preparation(rows, seconds, seconds);
        }
    }

    record Preparation(int rows, double statementSeconds, double transactionSeconds) {
    }

    String editionState(long editionId) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "SELECT state FROM newsletter_edition WHERE id = ?")) {
            s.setLong(1, editionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect()) {
            return number(c, sql, parameters);
        }
    }

    void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            s.executeUpdate();
        }
    }

    /**
     * What the ledger says about a finished send. The steady rate counts the messages recorded after the first
     * recorded batch over the time between the first and the last record, so start-up (the dispatcher's tick,
     * rendering, connecting) is left out; {@code sent_at} is the time each batch was recorded.
     */
    LedgerSummary summary(long editionId) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                SELECT state, COUNT(*), MIN(sent_at), MAX(sent_at), SUM(uncertain)
                FROM newsletter_delivery WHERE edition_id = ? GROUP BY state""")) {
            s.setLong(1, editionId);
            long sent = 0;
            long other = 0;
            long uncertain = 0;
            Timestamp first = null;
            Timestamp last = null;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    uncertain += rs.getLong(5);
                    if ("SENT".equals(rs.getString(1))) {
                        sent = rs.getLong(2);
                        first = rs.getTimestamp(3);
                        last = rs.getTimestamp(4);
                    } else {
                        other += rs.getLong(2);
                    }
                }
            }
            long afterFirst = first == null ? 0 : number(c,
                    "SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? AND state = 'SENT' AND sent_at > ?",
                    editionId, first);
            double seconds = first == null ? 0 : (last.getTime() - first.getTime()) / 1000.0;
            return new LedgerSummary(sent, other, uncertain, afterFirst, seconds);
        }
    }

    record LedgerSummary(long sent, long notSent, long uncertain, long sentAfterFirstRecord, double steadySeconds) {

        double steadyRate() {
            return steadySeconds <= 0 ? 0 : sentAfterFirstRecord / steadySeconds;
        }
    }

    String variable(String name) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT @@" + name)) {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long number(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }

    private static final String INTRO_EN = """
            <p>Dear friends,</p>
            <p>This month our district coordinators documented cases of enforced disappearance, custodial torture
            and attacks on journalists in twelve districts. Our lawyers filed petitions in the High Court Division
            on behalf of families who are still waiting for news of their loved ones, and our media unit published
            statements with partner organisations across South Asia.</p>
            <p>Below you will find the press statements, editorials, event reports and publications we released.
            Please share them, and write to us if you can help with documentation, legal aid or translation.</p>
            <p>In solidarity,<br>The media unit</p>""";

    private static final String INTRO_BN = """
            <p>প্রিয় বন্ধুরা,</p>
            <p>এ মাসে আমাদের জেলা সমন্বয়কারীরা বারোটি জেলায় গুম, হেফাজতে নির্যাতন এবং সাংবাদিকদের ওপর হামলার
            ঘটনা নথিভুক্ত করেছেন। যাঁরা এখনও প্রিয়জনের খবরের অপেক্ষায় আছেন, সেই পরিবারগুলোর পক্ষে আমাদের আইনজীবীরা
            হাইকোর্ট বিভাগে আবেদন করেছেন, এবং আমাদের মিডিয়া ইউনিট দক্ষিণ এশিয়ার সহযোগী সংগঠনগুলোর সঙ্গে বিবৃতি
            প্রকাশ করেছে।</p>
            <p>নিচে আমাদের প্রকাশিত সংবাদ বিজ্ঞপ্তি, সম্পাদকীয়, অনুষ্ঠানের প্রতিবেদন ও প্রকাশনাগুলো দেওয়া হলো। অনুগ্রহ
            করে এগুলো ছড়িয়ে দিন, আর নথিভুক্তি, আইনি সহায়তা বা অনুবাদে সাহায্য করতে পারলে আমাদের লিখুন।</p>
            <p>সংহতিসহ,<br>মিডিয়া ইউনিট</p>""";
}
