package org.barta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.barta.testing.OwnServer;
import org.barta.testing.OwnServers;
import org.barta.testing.PayaraProcess;
import org.barta.testing.Sends;
import org.barta.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of the send ledger with a real kill: Payara Micro is started as a process, killed with SIGKILL in
 * the middle of a press release to 10,000 subscribers on two lists (half of them on both: one copy each), and
 * started again. The send must resume by itself and end with every recipient served; a recipient may get two
 * copies only if the ledger marks their row uncertain (claimed but not recorded when the server died), and the
 * SMTP server's count must agree with the ledger. A release is the widest send (several audiences, its statement
 * rendered); editions go through the same ledger and workers.
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
            edition = Sends.releaseSendingTo(DOMAIN, "Crash test release");
            assertThat(TestDatabase.number("SELECT COUNT(*) FROM audience_member m JOIN audience a"
                    + " ON a.id = m.audience_id WHERE a.code LIKE 'release-crash-example-%'"))
                    .as("memberships of the two lists").isGreaterThan(RECIPIENTS + RECIPIENTS / 3);
            assertThat(TestDatabase.number("SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ?", edition))
                    .as("one ledger row per address").isEqualTo(RECIPIENTS);
            Sends.awaitReceived(edition, 2_500);
            first.kill();
        }
        long received = Sends.copies(edition).values().stream().mapToLong(Integer::longValue).sum();
        long claimedAtCrash = TestDatabase.number(
                "SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? AND state = 'CLAIMED'", edition);
        assertThat(received).as("killed in the middle").isLessThan(RECIPIENTS);

        try (PayaraProcess second = start()) {
            second.awaitReady(OwnServer.BOOT);
            Sends.awaitSent(edition);
        }

        Map<String, Integer> copies = Sends.copies(edition);
        long uncertain = Sends.uncertain(edition);
        long total = copies.values().stream().mapToLong(Integer::longValue).sum();
        long sentRows = Sends.sent(edition);
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

    private static PayaraProcess start() throws Exception {
        return OwnServer.start("crash", OwnServer.applicationWar(), Map.of());
    }
}
