package org.barta.testing;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.barta.newsletter.dispatch.DeliveryLedger;

/**
 * Large sends as the tests that kill or race instances set them up: an edition whose ledger holds one domain's
 * subscribers, its progress in the database, and the copies the SMTP server received per recipient.
 */
public final class Sends {

    /** How long a send may go without recording a recipient before the wait calls it stuck. */
    private static final Duration STALL = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofMinutes(10);

    private Sends() {
    }

    /** A paused edition (so no dispatcher finds it settled before its ledger is written); its id. */
    public static long pausedEdition(String subject) throws Exception {
        long number = TestDatabase.number("SELECT COALESCE(MAX(number), 0) + 1000 FROM newsletter_edition");
        TestDatabase.update("""
                INSERT INTO newsletter_edition (number, month, audience_id, subject_en, state, covers_from, covers_to,
                    send_started_at, created_at, updated_at)
                VALUES (?, '2200-01-01' + INTERVAL ? MONTH, (SELECT id FROM audience WHERE code = 'newsletter'), ?, 'PAUSED', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3),
                    UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))""", number, number, subject);
        return TestDatabase.number("SELECT id FROM newsletter_edition WHERE number = ?", number);
    }

    /** Queues every subscriber whose address ends in {@code @domain}. */
    public static void queue(long edition, String domain) throws Exception {
        TestDatabase.update("""
                INSERT INTO newsletter_delivery (edition_id, subscriber_id, state, next_attempt_at)
                SELECT ?, id, 'QUEUED', UTC_TIMESTAMP(3) FROM subscriber WHERE email LIKE ?""", edition, "%@" + domain);
    }

    /** SENDING with its ledger written, as the start job leaves an edition. */
    public static void startSending(long edition) throws Exception {
        TestDatabase.update("UPDATE newsletter_edition SET state = 'SENDING' WHERE id = ?", edition);
    }

    /** An edition sending to {@code domain}'s subscribers; its id. */
    public static long sendingTo(String domain, String subject) throws Exception {
        long edition = pausedEdition(subject);
        queue(edition, domain);
        startSending(edition);
        return edition;
    }

    /**
     * A press release of a new published statement to two private lists of {@code domain}'s subscribers (every
     * other one on both, the rest on one or the other), sending, its ledger prepared by the application's own
     * statements as {@code EditionService.startSend} runs them; its id.
     */
    public static long releaseSendingTo(String domain, String title) throws Exception {
        String code = "release-" + domain.replace('.', '-');
        for (String list : List.of("a", "b")) {
            TestDatabase.update("INSERT IGNORE INTO audience (code, name_en, name_bn, visibility, created_at)"
                    + " VALUES (?, ?, ?, 'PRIVATE', UTC_TIMESTAMP(3))", code + "-" + list, "List " + list + " " + domain,
                    "তালিকা " + list + " " + domain);
        }
        TestDatabase.update("""
                INSERT IGNORE INTO audience_member (audience_id, subscriber_id, status, source, created_at,
                                                    confirmed_at, consent_at, consent_note)
                SELECT a.id, s.id, 'CONFIRMED', 'ADMIN', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 'test'
                FROM subscriber s JOIN audience a ON a.code IN (?, ?)
                WHERE s.email LIKE ? AND (MOD(s.id, 2) = 0 OR (MOD(s.id, 4) = 1) = (a.code = ?))""",
                code + "-a", code + "-b", "%@" + domain, code + "-a");
        TestDatabase.update("INSERT INTO content_item (kind, state, published_at, created_at, updated_at)"
                + " VALUES ('PRESS_STATEMENT', 'PUBLISHED', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))");
        long statement = TestDatabase.number("SELECT MAX(id) FROM content_item");
        TestDatabase.update("INSERT INTO content_translation (item_id, language, title, slug, summary, body)"
                + " VALUES (?, 'en', ?, ?, 'Released today.', '<p>The full statement.</p>')", statement, title,
                code + "-" + statement);
        TestDatabase.update("""
                INSERT INTO newsletter_edition (series, month, audience_id, content_item_id, languages, state,
                    covers_from, covers_to, send_started_at, created_at, updated_at)
                VALUES ('RELEASE', '2200-01-01', (SELECT id FROM audience WHERE code = ?), ?, 'en', 'PAUSED',
                    UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))""",
                code + "-a", statement);
        long release = TestDatabase.number("SELECT id FROM newsletter_edition WHERE content_item_id = ?", statement);
        TestDatabase.update("INSERT INTO edition_further_audience (edition_id, audience_id)"
                + " SELECT ?, id FROM audience WHERE code = ?", release, code + "-b");
        for (String prepare : List.of(DeliveryLedger.PREPARE, DeliveryLedger.PREPARE_FURTHER)) {
            TestDatabase.update(prepare, Timestamp.from(Instant.now()), release);
        }
        startSending(release);
        return release;
    }

    /**
     * Seconds until the edition is SENT. A machine's speed is not what these tests check: the wait fails when the
     * send stops making progress (no recipient recorded for a minute) or takes more than ten minutes.
     */
    public static double awaitSent(long edition) throws Exception {
        long start = System.nanoTime();
        long[] progress = {-1, start};
        try {
            await().atMost(LONGEST).pollInterval(Duration.ofMillis(250)).until(() -> {
                long sent = sent(edition);
                if (sent > progress[0]) {
                    progress[0] = sent;
                    progress[1] = System.nanoTime();
                } else if (System.nanoTime() - progress[1] > STALL.toNanos()) {
                    throw new AssertionError("The send stopped making progress at " + sent + " recipients sent");
                }
                return "SENT".equals(state(edition));
            });
        } catch (ConditionTimeoutException | AssertionError e) {
            throw new AssertionError("Edition " + edition + " not sent: " + ledger(edition), e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Waits until the SMTP server has this edition for {@code count} recipients: a send well under way. */
    public static void awaitReceived(long edition, int count) throws Exception {
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                    .until(() -> copies(edition).size() >= count);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("The send did not get going: " + copies(edition).size() + " received; edition "
                    + state(edition) + ", ledger " + ledger(edition) + "; editions sending: " + TestDatabase.strings(
                    "SELECT CONCAT(id, ' (', number, ')') FROM newsletter_edition WHERE state = 'SENDING'"), e);
        }
    }

    public static long sent(long edition) throws Exception {
        return TestDatabase.number(
                "SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? AND state = 'SENT'", edition);
    }

    public static long uncertain(long edition) throws Exception {
        return TestDatabase.number(
                "SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? AND uncertain", edition);
    }

    public static String state(long edition) throws Exception {
        return TestDatabase.string("SELECT state FROM newsletter_edition WHERE id = ?", edition);
    }

    /** The ledger's rows per state, e.g. {@code [QUEUED 7400, SENT 11400]}. */
    public static String ledger(long edition) throws Exception {
        return TestDatabase.strings("SELECT CONCAT(state, ' ', COUNT(*)) FROM newsletter_delivery "
                + "WHERE edition_id = ? GROUP BY state", edition).toString();
    }

    /** Copies the SMTP server received per recipient, of this edition. */
    public static Map<String, Integer> copies(long edition) throws Exception {
        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage message : TestServices.mail().getReceivedMessages()) {
            String id = message.getMessageID();
            if (id != null && id.startsWith("<edition-" + edition + ".")) {
                copies.merge(((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress(), 1,
                        Integer::sum);
            }
        }
        return copies;
    }
}
