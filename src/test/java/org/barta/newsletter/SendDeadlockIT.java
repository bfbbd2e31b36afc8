package org.barta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.testing.OwnServer;
import org.barta.testing.OwnServers;
import org.barta.testing.PayaraProcess;
import org.barta.testing.Sends;
import org.barta.testing.TestDatabase;
import org.barta.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Lock conflicts in the send ledger: 8 workers send 20,000 recipients as fast as the relay takes them, once on a
 * fresh server and once after a restart that finds a killed instance's claims (8 dead workers, each with the
 * batch it was sending and the one it had claimed ahead) whose leases run out one after another while the new
 * workers claim, so the recovery of expired claims races with the claims. No send may pause on a database error,
 * and the log must report as uncertain exactly the rows the ledger marks uncertain. The tests' lease is 10 s,
 * shorter than a batch takes here when the machine is busy: in the fresh send, where no worker stops, live
 * workers renew their leases and nothing is taken back or marked uncertain.
 */
@OwnServers
class SendDeadlockIT {

    private static final int RECIPIENTS = 20_000;
    private static final int DEAD_WORKERS = 8;
    private static final int BATCH = 100;
    private static final String DOMAIN = "deadlock.example";
    /** What a send logs when the database stopped it or made it wait. */
    private static final List<String> PAUSES = List.of("paused by a database error",
            "Recording deliveries failed, trying again", "Newsletter dispatcher could not check for sends");
    private static final Pattern REQUEUED = Pattern.compile("(\\d+) recipients of edition (\\d+) were claimed by a "
            + "worker that stopped before recording what it sent; they are queued again, "
            + "(\\d+) of them marked uncertain");

    @Test
    void eightWorkersSendWithoutPausingBeforeAndAfterARestartWithExpiredClaims() throws Exception {
        Path firstLog = OwnServer.log("deadlock-1");
        Path secondLog = OwnServer.log("deadlock-2");
        Files.deleteIfExists(firstLog);
        Files.deleteIfExists(secondLog);

        long before;
        long fresh;
        double freshSeconds;
        double restartedSeconds;
        try (PayaraProcess first = start("deadlock-1")) {
            // The server migrates the schema.
            first.awaitReady(OwnServer.BOOT);
            // Earlier tests' messages and recipients (tens of thousands) are not this test's to keep or to walk.
            TestServices.emptyMailServer();
            TestDatabase.addConfirmedSubscribers("lock-", DOMAIN, RECIPIENTS, "en");
            before = deadlocks();
            fresh = Sends.sendingTo(DOMAIN, "Deadlock test edition");
            freshSeconds = Sends.awaitSent(fresh);
        }
        long afterFresh = deadlocks();
        assertSentToEveryone(fresh);
        TestServices.emptyMailServer();

        long restarted;
        try (PayaraProcess second = start("deadlock-2")) {
            second.awaitReady(OwnServer.BOOT);
            restarted = Sends.pausedEdition("Deadlock test edition");
            leaveClaimsOfAKilledInstance(restarted);
            Sends.startSending(restarted);
            restartedSeconds = Sends.awaitSent(restarted);
        }
        long afterRestart = deadlocks();
        assertSentToEveryone(restarted);

        long uncertain = Sends.uncertain(restarted);
        int[] logged = requeuedInLog(secondLog, restarted);
        System.out.printf("Deadlock test: sends took %.1f s and %.1f s; InnoDB deadlocks %d in the fresh send, %d "
                + "after the restart; pauses %d and %d; lock conflicts retried %d and %d; log: %d requeued, "
                + "%d uncertain; ledger: %d uncertain%n", freshSeconds, restartedSeconds, afterFresh - before,
                afterRestart - afterFresh, pauses(firstLog), pauses(secondLog), retries(firstLog), retries(secondLog),
                logged[0], logged[1], uncertain);
        if (afterRestart > before) {
            printLatestDeadlock();
        }
        assertThat(requeuedInLog(firstLog, fresh)).as("rows requeued, uncertain in the send on a fresh server, "
                + "where no worker stopped").containsExactly(0, 0);
        assertThat(Sends.uncertain(fresh)).as("uncertain rows of the fresh send").isZero();
        assertThat(pauses(firstLog)).as("pauses in the send on a fresh server").isZero();
        assertThat(pauses(secondLog)).as("pauses in the send after the restart").isZero();
        assertThat(uncertain).as("each dead worker's earlier batch").isEqualTo(DEAD_WORKERS * BATCH);
        assertThat(logged[1]).as("uncertain rows as logged").isEqualTo(uncertain);
        assertThat(logged[0]).as("requeued rows as logged").isEqualTo(2 * DEAD_WORKERS * BATCH);
    }

    @AfterAll
    static void quietTheseSubscribers() throws Exception {
        if (TestDatabase.number(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'subscriber'") == 0) {
            return;
        }
        TestDatabase.update("UPDATE subscriber SET status = 'UNSUBSCRIBED' WHERE email LIKE ?", "%@" + DOMAIN);
    }

    /** Settings as in production but 8 connections and no rate limit: the most claims per second GreenMail allows. */
    private static PayaraProcess start(String name) throws Exception {
        return OwnServer.start(name, OwnServer.applicationWar(), Map.of("BARTA_NEWSLETTER_CONNECTIONS", "8",
                "BARTA_NEWSLETTER_MESSAGES_PER_SECOND", "0", "BARTA_NEWSLETTER_BATCH_SIZE", String.valueOf(BATCH)));
    }

    /**
     * The ledger as a killed instance leaves it: 8 workers had each claimed two batches of 100 in key order (the
     * one being sent, leased first, and the one claimed ahead, leased a little later) in the middle of the list;
     * their leases run out 0 to 14 s from now, while this instance's workers claim the rest.
     */
    private static void leaveClaimsOfAKilledInstance(long edition) throws Exception {
        TestDatabase.update("""
                INSERT INTO newsletter_delivery (edition_id, subscriber_id, state, next_attempt_at, claimed_by,
                    lease_until)
                SELECT ?, id, IF(claimed, 'CLAIMED', 'QUEUED'), UTC_TIMESTAMP(3) - INTERVAL 1 MINUTE,
                       IF(claimed, CONCAT('killed#', k DIV ?), NULL),
                       IF(claimed, UTC_TIMESTAMP(3) + INTERVAL 2 * (k DIV ?) + (k DIV ?) MOD 2 SECOND, NULL)
                FROM (SELECT id, k, k >= 0 AND k < ? AS claimed
                      FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 - ? AS k FROM subscriber
                            WHERE email LIKE ?) n) s""",
                edition, 2 * BATCH, 2 * BATCH, BATCH, 2 * DEAD_WORKERS * BATCH, RECIPIENTS / 2, "%@" + DOMAIN);
    }

    private static void assertSentToEveryone(long edition) throws Exception {
        assertThat(Sends.sent(edition)).as("rows sent").isEqualTo(RECIPIENTS);
        assertThat(Sends.copies(edition)).as("recipients who received the edition").hasSize(RECIPIENTS);
    }

    private static long deadlocks() throws Exception {
        return TestDatabase.number(
                "SELECT VARIABLE_VALUE FROM information_schema.global_status WHERE VARIABLE_NAME = 'INNODB_DEADLOCKS'");
    }

    /** InnoDB's account of the last deadlock: the two statements and the locks they held and wanted. */
    private static void printLatestDeadlock() throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW ENGINE INNODB STATUS")) {
            rs.next();
            String status = rs.getString("Status");
            int from = status.indexOf("LATEST DETECTED DEADLOCK");
            int to = status.indexOf("TRANSACTIONS\n", from);
            System.out.println(from < 0 ? status : status.substring(from, to < 0 ? status.length() : to));
        }
    }

    private static long pauses(Path log) throws Exception {
        return Files.readAllLines(log).stream().filter(line -> PAUSES.stream().anyMatch(line::contains)).count();
    }

    private static long retries(Path log) throws Exception {
        return Files.readAllLines(log).stream().filter(line -> line.contains("tried again at once")).count();
    }

    /** Recipients requeued and marked uncertain, summed over the log's lines for the edition. */
    private static int[] requeuedInLog(Path log, long edition) throws Exception {
        int[] sums = new int[2];
        for (String line : Files.readAllLines(log)) {
            Matcher m = REQUEUED.matcher(line);
            if (m.find() && Long.parseLong(m.group(2)) == edition) {
                sums[0] += Integer.parseInt(m.group(1));
                sums[1] += Integer.parseInt(m.group(3));
            }
        }
        return sums;
    }
}
