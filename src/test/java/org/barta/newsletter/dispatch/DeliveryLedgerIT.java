package org.barta.newsletter.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.barta.platform.DataSourceConfiguration;
import org.barta.testing.Deployments;
import org.barta.testing.ServerSql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ledger's leases against the real database, at chosen instants: a worker that renews keeps its claims past
 * their first lease, and when it stops renewing, its rows come back with the batch it was sending marked
 * uncertain. The edition is paused, so the running dispatcher leaves these rows alone.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryLedgerIT {

    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final String OWNER = "ledger-it#worker";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    DeliveryLedger ledger;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ServerSql sql;

    private long edition;
    private List<Long> sending;
    private List<Long> claimedAhead;
    private Instant start;

    /** A worker's two batches of two: the one it sends (lease to start + 10 s) and the one claimed ahead (+ 10.5 s). */
    @BeforeEach
    void aWorkerWithTwoBatches() throws SQLException {
        start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        edition = pausedEdition();
        List<Long> subscribers = subscribers(4);
        sending = subscribers.subList(0, 2);
        claimedAhead = subscribers.subList(2, 4);
        for (long subscriber : sending) {
            claimed(subscriber, start.plus(LEASE));
        }
        for (long subscriber : claimedAhead) {
            claimed(subscriber, start.plus(LEASE).plusMillis(500));
        }
    }

    /** Gone again, so no other test sees a paused edition or numbers its editions after this one. */
    @AfterEach
    void removeThem() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("newsletter_delivery WHERE edition_id = ?",
                    "newsletter_edition WHERE id = ?")) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table)) {
                    delete.setLong(1, edition);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM subscriber WHERE id IN (?, ?, ?, ?)")) {
                for (int i = 0; i < 2; i++) {
                    delete.setLong(1 + i, sending.get(i));
                    delete.setLong(3 + i, claimedAhead.get(i));
                }
                delete.executeUpdate();
            }
        }
    }

    @Test
    void renewedLeasesOutliveTheFirstOnesAndOnlyTheirOwnerRenewsThem() {
        assertThat(ledger.renewLeases(edition, "someone-else#worker", sending, claimedAhead, LEASE,
                start.plusSeconds(8))).as("rows renewed by another owner").isZero();
        assertThat(ledger.renewLeases(edition, OWNER, sending, claimedAhead, LEASE, start.plusSeconds(8)))
                .as("rows renewed by their owner").isEqualTo(4);

        // Without the renewal every lease would have run out 1.5 s before this.
        assertThat(ledger.requeueExpiredClaims(edition, start.plusSeconds(12))).isEqualTo(new RequeuedClaims(0, 0));
    }

    @Test
    void aWorkerThatStopsRenewingLosesAllItsRowsAtOnceWithTheBatchItWasSendingUncertain() throws SQLException {
        ledger.renewLeases(edition, OWNER, sending, claimedAhead, LEASE, start.plusSeconds(8));

        // The batch being sent now ends a second before the one claimed ahead: 17 s and 18 s after the start.
        assertThat(ledger.requeueExpiredClaims(edition, start.plusMillis(17_500)))
                .as("only the batch being sent has run out").isEqualTo(new RequeuedClaims(0, 0));
        assertThat(ledger.requeueExpiredClaims(edition, start.plusMillis(18_500))).isEqualTo(new RequeuedClaims(4, 2));
        assertThat(uncertain()).containsExactlyElementsOf(sending);
        assertThat(ledger.renewLeases(edition, OWNER, sending, claimedAhead, LEASE, start.plusSeconds(19)))
                .as("rows taken back are not renewed").isZero();
    }

    /**
     * Claims continue where the send's last claim ended (QueueCursors), and rows that go back to the queue behind
     * that point (released, or left by a claim that rolled back) are still claimed once nothing lies beyond it. The
     * rows are due in 2300, so the running dispatcher, which claims what is due now, leaves them alone.
     */
    @Test
    void rowsQueuedAgainBehindWhereClaimsHaveReachedAreClaimedOnceNothingLiesBeyond() throws SQLException {
        Instant due = Instant.parse("2300-01-01T00:00:00Z");
        sql.update("UPDATE newsletter_delivery SET state = 'QUEUED', claimed_by = NULL, lease_until = NULL, "
                + "next_attempt_at = ? WHERE edition_id = ?", Timestamp.from(due), edition);
        sql.update("UPDATE newsletter_edition SET state = 'SENDING' WHERE id = ?", edition);
        List<Long> inKeyOrder = new ArrayList<>(sending);
        inKeyOrder.addAll(claimedAhead);
        Instant now = due.plusSeconds(1);

        assertThat(claimOne(now)).containsExactly(inKeyOrder.get(0));
        assertThat(claimOne(now)).containsExactly(inKeyOrder.get(1));
        assertThat(ledger.release(edition, OWNER, List.of(inKeyOrder.get(0)))).isEqualTo(1);

        assertThat(claimOne(now)).as("the claim after the last one").containsExactly(inKeyOrder.get(2));
        assertThat(claimOne(now)).containsExactly(inKeyOrder.get(3));
        assertThat(claimOne(now)).as("the row released behind the claims").containsExactly(inKeyOrder.get(0));
        assertThat(claimOne(now)).as("nothing left").isEmpty();
    }

    private List<Long> claimOne(Instant now) {
        return ledger.claim(edition, OWNER, 1, LEASE, now).stream().map(Recipient::subscriberId).toList();
    }

    private long pausedEdition() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO newsletter_edition (number, month, audience_id, subject_en, state, covers_from, covers_to,
                        created_at, updated_at)
                    SELECT n, '2300-01-01' + INTERVAL n MONTH, (SELECT id FROM audience WHERE code = 'newsletter'), 'Ledger lease test', 'PAUSED', UTC_TIMESTAMP(3),
                        UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)
                    FROM (SELECT COALESCE(MAX(number), 0) + 3000 AS n FROM newsletter_edition) next""",
                    Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Unsubscribed, so no other test's send includes them. */
    private List<Long> subscribers(int count) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO subscriber (email, language, status, source, link_nonce, created_at, confirmed_at)
                VALUES (?, 'en', 'UNSUBSCRIBED', 'IMPORT', ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))""",
                Statement.RETURN_GENERATED_KEYS)) {
            List<Long> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String unique = UUID.randomUUID().toString();
                insert.setString(1, "ledger-" + unique + "@ledger.example");
                insert.setString(2, unique.replace("-", "").substring(0, 22));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
            return ids;
        }
    }

    private void claimed(long subscriber, Instant leaseUntil) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO newsletter_delivery (edition_id, subscriber_id, state, next_attempt_at, claimed_by,
                    lease_until) VALUES (?, ?, 'CLAIMED', ?, ?, ?)""")) {
            insert.setLong(1, edition);
            insert.setLong(2, subscriber);
            insert.setTimestamp(3, Timestamp.from(start));
            insert.setString(4, OWNER);
            insert.setTimestamp(5, Timestamp.from(leaseUntil));
            insert.executeUpdate();
        }
    }

    private List<Long> uncertain() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT subscriber_id FROM newsletter_delivery WHERE edition_id = ? AND uncertain "
                        + "ORDER BY subscriber_id")) {
            select.setLong(1, edition);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }
}
