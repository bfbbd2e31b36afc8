package org.barta.newsletter;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.barta.testing.OwnServer;
import org.barta.testing.OwnServers;
import org.barta.testing.PayaraProcess;
import org.barta.testing.TestDatabase;
import org.barta.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of the send ledger with a real kill: Payara Micro is started as a process, killed with SIGKILL in
 * the middle of a send to 10,000 subscribers, and started again. The send must resume by itself and end with
 * every recipient served; a recipient may get two copies only if the ledger marks their row uncertain (claimed
 * but not recorded when the server died), and the SMTP server's count must agree with the ledger.
 */
@OwnServers
class SendCrashIT {

    private static final int RECIPIENTS = 10_000;
    private static final String DOMAIN = "crash.example";

    @Test
    void aSendKilledMidwayResumesAfterRestartAndMissesNobody() throws Exception {
        long edition;
        try (PayaraProcess first = start()) {
            // The server migrates the schema; the dispatcher finds the sending edition on its next tick.
            first.awaitReady(OwnServer.BOOT);
            TestDatabase.addConfirmedSubscribers("crash-", DOMAIN, RECIPIENTS, "en");
            edition = sendingEdition();
            awaitReceived(edition, 2_500);
            first.kill();
        }
        long received = group(edition).values().stream().mapToLong(Integer::longValue).sum();
        long claimedAtCrash = TestDatabase.number(
                "SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? AND state = 'CLAIMED'", edition);
        assertThat(received).as("killed in the middle").isLessThan(RECIPIENTS);

        try (PayaraProcess second = start()) {
            second.awaitReady(OwnServer.BOOT);
            await().atMost(180, SECONDS).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(state(edition)).isEqualTo("SENT"));
        }

        Map<String, Integer> copies = group(edition);
        long uncertain = TestDatabase.number(
                "SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? AND uncertain", edition);
        long total = copies.values().stream().mapToLong(Integer::longValue).sum();
        long sentRows = TestDatabase.number(
                "SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? AND state = 'SENT'", edition);
        assertThat(copies).as("every recipient got the edition").hasSize(RECIPIENTS);
        assertThat(sentRows).as("the ledger says every row was sent").isEqualTo(RECIPIENTS);
        assertThat(uncertain).as("only rows claimed at the crash are uncertain").isLessThanOrEqualTo(claimedAtCrash);
        assertThat(uncertain).as("at most one batch per worker (defaults: 4 workers, batches of 100), not the "
                + "batch each had claimed ahead").isLessThanOrEqualTo(4L * 100);
        assertThat(total - RECIPIENTS).as("repeats only where the ledger says uncertain").isLessThanOrEqualTo(uncertain);
        System.out.printf("Crash test: %d received before the kill, %d claimed at the kill, %d uncertain, "
                + "%d repeats, %d messages in all for %d recipients%n", received, claimedAtCrash, uncertain,
                total - RECIPIENTS, total, RECIPIENTS);
    }

    @AfterAll
    static void quietTheseSubscribers() throws Exception {
        if (TestDatabase.number("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'subscriber'") == 0) {
            return;
        }
        // Other tests' sends should not carry 10,000 extra recipients.
        TestDatabase.update("UPDATE subscriber SET status = 'UNSUBSCRIBED' WHERE email LIKE ?", "%@" + DOMAIN);
    }

    /** An edition in SENDING with its ledger for this test's subscribers, as the start job leaves it. */
    private static long sendingEdition() throws Exception {
        long number = TestDatabase.number("SELECT COALESCE(MAX(number), 0) + 1000 FROM newsletter_edition");
        TestDatabase.update("""
                INSERT INTO newsletter_edition (number, month, subject_en, state, covers_from, covers_to,
                    send_started_at, created_at, updated_at)
                VALUES (?, '2090-01-01', 'Crash test edition', 'PAUSED', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3),
                    UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))""", number);
        long edition = TestDatabase.number("SELECT id FROM newsletter_edition WHERE number = ?", number);
        TestDatabase.update("""
                INSERT INTO newsletter_delivery (edition_id, subscriber_id, state, next_attempt_at)
                SELECT ?, id, 'QUEUED', UTC_TIMESTAMP(3) FROM subscriber WHERE email LIKE ?""", edition, "%@" + DOMAIN);
        // Sending only once its ledger is there: a dispatcher tick in between found nothing due and marked it SENT.
        TestDatabase.update("UPDATE newsletter_edition SET state = 'SENDING' WHERE id = ?", edition);
        return edition;
    }

    private static PayaraProcess start() throws Exception {
        return OwnServer.start("crash", OwnServer.applicationWar(), Map.of());
    }

    private static void awaitReceived(long edition, int count) throws Exception {
        try {
            await().atMost(120, SECONDS).pollInterval(Duration.ofMillis(100)).until(() ->
                    TestServices.mail().getReceivedMessages().length >= count && group(edition).size() >= count);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("The send did not get going: " + group(edition).size() + " received; edition "
                    + state(edition) + ", ledger " + TestDatabase.string("SELECT GROUP_CONCAT(CONCAT(state, '=', n))"
                    + " FROM (SELECT state, COUNT(*) n FROM newsletter_delivery WHERE edition_id = ? GROUP BY state) s",
                    edition) + "; editions sending: " + TestDatabase.strings("SELECT CONCAT(id, ' (', number, ')')"
                    + " FROM newsletter_edition WHERE state = 'SENDING'"), e);
        }
    }

    /** Copies received per recipient, for this edition. */
    private static Map<String, Integer> group(long edition) throws Exception {
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

    private static String state(long edition) throws Exception {
        return TestDatabase.string("SELECT state FROM newsletter_edition WHERE id = ?", edition);
    }
}
