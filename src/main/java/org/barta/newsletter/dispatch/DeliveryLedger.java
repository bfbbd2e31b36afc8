package org.barta.newsletter.dispatch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.barta.content.Language;
import org.barta.newsletter.AudienceSegment;
import org.barta.newsletter.SegmentPredicate;
import org.barta.platform.DataSourceConfiguration;

/**
 * The per-recipient send ledger ({@code newsletter_delivery}) in plain JDBC: it is the hot path of a send and
 * its statements are set-based. Each method is its own short transaction; nothing here talks to the relay.
 * <p>
 * The transactions that claim, record, release and requeue rows run at READ COMMITTED: InnoDB then locks only
 * the rows a statement touches, not the gaps between index entries. At the default REPEATABLE READ two claims
 * deadlocked over a gap of the queue index (each had locked it while scanning with SKIP LOCKED, and each waited
 * to insert its rows' new CLAIMED entries into it): 7 deadlocks in a send of 20,000 with 8 workers.
 */
@ApplicationScoped
public class DeliveryLedger {

    private static final int MAX_DETAIL = 300;
    private static final int MAX_ERROR = 500;
    /** Keys per statement when taking expired claims back: bounds the statement whatever a crash left. */
    private static final int MAX_KEYS = 1_000;
    /** How much earlier a renewed lease of the batch being sent ends than that of the batch claimed ahead. */
    static final Duration AHEAD_GAP = Duration.ofSeconds(1);

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private final QueueCursors cursors = new QueueCursors();

    /**
     * One QUEUED row per confirmed member of the edition's audience whose address is confirmed (not suppressed),
     * queued for that audience: parameters next attempt time, edition. Public so that {@code bench/newsletter.sh} times this very statement.
     */
    public static final String PREPARE = """
            INSERT IGNORE INTO newsletter_delivery (edition_id, subscriber_id, state, next_attempt_at, audience_id)
            SELECT e.id, s.id, 'QUEUED', ?, e.audience_id
            FROM newsletter_edition e
            JOIN audience_member m ON m.audience_id = e.audience_id AND m.status = 'CONFIRMED'
            JOIN subscriber s ON s.id = m.subscriber_id AND s.status = 'CONFIRMED'
            WHERE e.id = ? AND NOT EXISTS (SELECT 1 FROM edition_segment g
                                           WHERE g.edition_id = e.id AND g.audience_id = e.audience_id)""";

    /**
     * The rows for the members of the send's further audiences ({@code edition_further_audience}); whoever is in
     * the lead audience or in two of them already has a row, which INSERT IGNORE keeps: one copy each. Public for
     * the benchmark, like {@link #PREPARE}.
     */
    public static final String PREPARE_FURTHER = """
            INSERT IGNORE INTO newsletter_delivery (edition_id, subscriber_id, state, next_attempt_at, audience_id)
            SELECT f.edition_id, s.id, 'QUEUED', ?, f.audience_id
            FROM edition_further_audience f
            JOIN audience_member m ON m.audience_id = f.audience_id AND m.status = 'CONFIRMED'
            JOIN subscriber s ON s.id = m.subscriber_id AND s.status = 'CONFIRMED'
            WHERE f.edition_id = ? AND NOT EXISTS (SELECT 1 FROM edition_segment g
                                                   WHERE g.edition_id = f.edition_id AND g.audience_id = f.audience_id)""";

    /**
     * The rows for an audience the send reaches through a segment only: its confirmed members the segment's
     * condition ({@link SegmentPredicate}, over {@code s}) matches as the send starts. INSERT IGNORE as above.
     */
    private static final String PREPARE_SEGMENT = """
            INSERT IGNORE INTO newsletter_delivery (edition_id, subscriber_id, state, next_attempt_at, audience_id)
            SELECT ?, s.id, 'QUEUED', ?, m.audience_id
            FROM audience_member m
            JOIN subscriber s ON s.id = m.subscriber_id AND s.status = 'CONFIRMED'
            WHERE m.audience_id = ? AND m.status = 'CONFIRMED' AND (%s)""";

    /**
     * The claimed rows' recipients: the language they get (their own, unless a press release is not sent in it:
     * then its first language) and the audience they are reached through: the one their row was queued for while
     * they are still a confirmed member of it, else the lead one if they are, else the first further one they are
     * in; none when they left them all.
     */
    private static final String WHO = """
            SELECT d.subscriber_id, s.email, s.name,
                   CASE WHEN e.languages IS NULL OR FIND_IN_SET(s.language, e.languages) > 0 THEN s.language
                        ELSE SUBSTRING_INDEX(e.languages, ',', 1) END,
                   s.link_nonce,
                   CASE WHEN q.status = 'CONFIRMED' THEN d.audience_id
                        WHEN m.status = 'CONFIRMED' THEN e.audience_id
                        ELSE (SELECT MIN(f.audience_id) FROM edition_further_audience f
                              JOIN audience_member fm ON fm.audience_id = f.audience_id
                                   AND fm.subscriber_id = d.subscriber_id AND fm.status = 'CONFIRMED'
                              WHERE f.edition_id = d.edition_id) END,
                   d.uncertain, d.attempts, s.status = 'CONFIRMED'
            FROM newsletter_delivery d
            JOIN subscriber s ON s.id = d.subscriber_id
            JOIN newsletter_edition e ON e.id = d.edition_id
            LEFT JOIN audience_member q ON q.audience_id = d.audience_id AND q.subscriber_id = d.subscriber_id
            LEFT JOIN audience_member m ON m.audience_id = e.audience_id AND m.subscriber_id = d.subscriber_id
            WHERE d.edition_id = ? AND d.subscriber_id IN (""";

    /**
     * The edition's ledger ({@link #PREPARE}, then {@link #PREPARE_FURTHER}); the primary key (edition, subscriber)
     * and INSERT IGNORE make a second call add nothing and a member of several audiences one row. Runs in the
     * caller's transaction (the one that moves the edition to SENDING), so a send either has its whole ledger or
     * has not started.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int prepare(long editionId, Instant now) {
        return prepare(editionId, List.of(), now);
    }

    /** As {@link #prepare(long, Instant)}, with the send's segments (the audiences it reaches through them only). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int prepare(long editionId, List<AudienceSegment> segments, Instant now) {
        int rows = update(PREPARE, Timestamp.from(now), editionId)
                + update(PREPARE_FURTHER, Timestamp.from(now), editionId);
        for (AudienceSegment segment : segments) {
            SegmentPredicate predicate = segment.predicate();
            List<Object> parameters = new ArrayList<>(List.of(editionId, Timestamp.from(now), segment.getAudienceId()));
            parameters.addAll(predicate.parameters());
            rows += update(PREPARE_SEGMENT.formatted(predicate.sql()), parameters.toArray());
        }
        return rows;
    }

    /**
     * Claims up to {@code max} due rows for this owner under a lease, all with the same lease end. SKIP LOCKED
     * lets any number of workers on any number of instances claim side by side without waiting for or taking each
     * other's rows. Empty when nothing is due or the edition is not sending (paused, cancelled, sent).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Recipient> claim(long editionId, String owner, int max, Duration lease, Instant now) {
        try (Connection c = readCommitted()) {
            if (!isSending(c, editionId)) {
                cursors.reset(editionId);
                return List.of();
            }
            Optional<QueueCursors.Position> from = cursors.of(editionId);
            List<Long> ids = due(c, editionId, max, now, from.orElse(null));
            if (ids.isEmpty() && from.isPresent()) {
                cursors.reset(editionId);
                ids = due(c, editionId, max, now, null);
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            String in = String.join(",", Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement claim = c.prepareStatement("UPDATE newsletter_delivery SET state = 'CLAIMED', "
                    + "claimed_by = ?, lease_until = ? WHERE edition_id = ? AND subscriber_id IN (" + in + ")")) {
                claim.setString(1, owner);
                claim.setTimestamp(2, Timestamp.from(now.plus(lease)));
                claim.setLong(3, editionId);
                for (int i = 0; i < ids.size(); i++) {
                    claim.setLong(4 + i, ids.get(i));
                }
                claim.executeUpdate();
            }
            List<Recipient> recipients = new ArrayList<>(ids.size());
            try (PreparedStatement who = c.prepareStatement(WHO + in + ")")) {
                who.setLong(1, editionId);
                for (int i = 0; i < ids.size(); i++) {
                    who.setLong(2 + i, ids.get(i));
                }
                try (ResultSet rs = who.executeQuery()) {
                    while (rs.next()) {
                        // Whoever left the audiences or stopped being confirmed since the send started is skipped.
                        long audienceId = rs.getLong(6);
                        boolean stillMember = !rs.wasNull();
                        Language language = stillMember && rs.getBoolean(9)
                                ? Language.fromCode(rs.getString(4)).orElse(Language.EN) : null;
                        recipients.add(new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), language,
                                rs.getString(5), rs.getBoolean(7), rs.getInt(8), audienceId));
                    }
                }
            }
            return recipients;
        } catch (SQLException e) {
            throw new LedgerException("Could not claim recipients", e);
        }
    }

    /**
     * Locks up to {@code max} due rows, in queue order from just after {@code after} (from the start when null),
     * skipping rows other claims hold, and moves the send's cursor to the last of them.
     */
    private List<Long> due(Connection c, long editionId, int max, Instant now, QueueCursors.Position after)
            throws SQLException {
        List<Long> ids = new ArrayList<>(max);
        try (PreparedStatement select = c.prepareStatement("""
                SELECT subscriber_id, next_attempt_at FROM newsletter_delivery
                WHERE edition_id = ? AND state = 'QUEUED' AND next_attempt_at <= ?%s
                ORDER BY next_attempt_at, subscriber_id LIMIT ? FOR UPDATE SKIP LOCKED""".formatted(after == null
                ? "" : " AND (next_attempt_at > ? OR next_attempt_at = ? AND subscriber_id > ?)"))) {
            int p = 1;
            select.setLong(p++, editionId);
            select.setTimestamp(p++, Timestamp.from(now));
            if (after != null) {
                select.setTimestamp(p++, after.nextAttemptAt());
                select.setTimestamp(p++, after.nextAttemptAt());
                select.setLong(p++, after.subscriberId());
            }
            select.setInt(p, max);
            Timestamp last = null;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    last = rs.getTimestamp(2);
                }
            }
            if (last != null) {
                cursors.advance(editionId, new QueueCursors.Position(last, ids.get(ids.size() - 1)));
            }
        }
        return ids;
    }

    /**
     * Records what happened to each claimed row, in one transaction; rows no longer held by this owner are left
     * alone. Tells whether the edition is still sending, so a worker stops after the batch it was sending when
     * an editor pauses or cancels.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(long editionId, String owner, List<DeliveryOutcome> outcomes, Instant now) {
        List<DeliveryOutcome> sent = new ArrayList<>(outcomes.size());
        List<DeliveryOutcome> other = new ArrayList<>();
        for (DeliveryOutcome outcome : outcomes) {
            (outcome.kind() == DeliveryOutcome.Kind.SENT ? sent : other).add(outcome);
        }
        try (Connection c = readCommitted()) {
            if (!sent.isEmpty()) {
                recordSent(c, editionId, owner, sent, Timestamp.from(now));
            }
            if (!other.isEmpty()) {
                recordOther(c, editionId, owner, other, now);
            }
            return isSending(c, editionId);
        } catch (SQLException e) {
            throw new LedgerException("Could not record deliveries", e);
        }
    }

    private static boolean isSending(Connection c, long editionId) throws SQLException {
        try (PreparedStatement sending = c.prepareStatement(
                "SELECT 1 FROM newsletter_edition WHERE id = ? AND state = 'SENDING'")) {
            sending.setLong(1, editionId);
            try (ResultSet rs = sending.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The sent rows in one statement, each with its own reply and Message-ID from a derived table. (A batch of
     * single-row updates costs more: the driver joins them into one multi-statement and parses it on every call.)
     */
    private static void recordSent(Connection c, long editionId, String owner, List<DeliveryOutcome> sent,
                                   Timestamp at) throws SQLException {
        String rows = "SELECT ? AS subscriber_id, ? AS smtp_reply, ? AS message_id"
                + " UNION ALL SELECT ?, ?, ?".repeat(sent.size() - 1);
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE newsletter_delivery d JOIN (%s) v ON v.subscriber_id = d.subscriber_id
                SET d.state = 'SENT', d.sent_at = ?, d.smtp_reply = v.smtp_reply, d.message_id = v.message_id,
                    d.attempts = d.attempts + 1, d.claimed_by = NULL, d.lease_until = NULL, d.last_error = NULL
                WHERE d.edition_id = ? AND d.subscriber_id IN (%s) AND d.state = 'CLAIMED' AND d.claimed_by = ?"""
                .formatted(rows, String.join(",", Collections.nCopies(sent.size(), "?"))))) {
            int p = 1;
            for (DeliveryOutcome outcome : sent) {
                update.setLong(p++, outcome.subscriberId());
                update.setString(p++, truncate(outcome.detail(), MAX_DETAIL));
                update.setString(p++, outcome.messageId());
            }
            update.setTimestamp(p++, at);
            update.setLong(p++, editionId);
            for (DeliveryOutcome outcome : sent) {
                update.setLong(p++, outcome.subscriberId());
            }
            update.setString(p, owner);
            update.executeUpdate();
        }
    }

    /** Failures, retries and released rows: few, so a plain batch. */
    private static void recordOther(Connection c, long editionId, String owner, List<DeliveryOutcome> outcomes,
                                    Instant now) throws SQLException {
        try (PreparedStatement other = c.prepareStatement("""
                UPDATE newsletter_delivery SET state = ?, attempts = attempts + ?, next_attempt_at = ?,
                       last_error = COALESCE(?, last_error), uncertain = uncertain OR ?,
                       claimed_by = NULL, lease_until = NULL
                WHERE edition_id = ? AND subscriber_id = ? AND state = 'CLAIMED' AND claimed_by = ?""")) {
            for (DeliveryOutcome outcome : outcomes) {
                String state = switch (outcome.kind()) {
                    case RETRY, RELEASED, INTERRUPTED -> "QUEUED";
                    case FAILED -> "FAILED";
                    default -> "SKIPPED";
                };
                other.setString(1, state);
                other.setInt(2, outcome.kind() == DeliveryOutcome.Kind.RELEASED
                        || outcome.kind() == DeliveryOutcome.Kind.SKIPPED ? 0 : 1);
                other.setTimestamp(3, Timestamp.from(outcome.nextAttemptAt() == null ? now : outcome.nextAttemptAt()));
                other.setString(4, truncate(outcome.detail(), MAX_ERROR));
                other.setBoolean(5, outcome.kind() == DeliveryOutcome.Kind.INTERRUPTED);
                other.setLong(6, editionId);
                other.setLong(7, outcome.subscriberId());
                other.setString(8, owner);
                other.addBatch();
            }
            other.executeBatch();
        }
    }

    /**
     * Gives claimed rows this owner has not begun to send back to the queue as they were, or cancels them with
     * the rest when the edition was cancelled meanwhile.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int release(long editionId, String owner, Collection<Long> unsent) {
        if (unsent.isEmpty()) {
            return 0;
        }
        try (Connection c = readCommitted();
             PreparedStatement release = c.prepareStatement("""
                     UPDATE newsletter_delivery
                     SET state = IF((SELECT e.state FROM newsletter_edition e WHERE e.id = ?) = 'CANCELLED',
                                    'CANCELLED', 'QUEUED'),
                         claimed_by = NULL, lease_until = NULL
                     WHERE edition_id = ? AND claimed_by = ? AND state = 'CLAIMED' AND subscriber_id IN (%s)"""
                     .formatted(String.join(",", Collections.nCopies(unsent.size(), "?"))))) {
            int p = 1;
            release.setLong(p++, editionId);
            release.setLong(p++, editionId);
            release.setString(p++, owner);
            for (long id : unsent) {
                release.setLong(p++, id);
            }
            return release.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerException("Could not release claimed recipients", e);
        }
    }

    /**
     * A live worker keeps its claims: the batch it is sending gets a lease to {@code now + lease - AHEAD_GAP}, the
     * batch it claimed ahead one to {@code now + lease}. So a slow relay never makes a working worker's rows look
     * abandoned (and go out a second time), and the batch being sent keeps the earlier lease that tells it apart
     * after a crash (see {@link #requeueExpiredClaims}); a claim made after this renewal ends later still. Rows no
     * longer claimed by this owner (taken back meanwhile) are left alone. Tells how many leases it extended.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int renewLeases(long editionId, String owner, List<Long> sending, List<Long> claimedAhead, Duration lease,
                           Instant now) {
        Instant aheadUntil = now.plus(lease);
        try (Connection c = readCommitted()) {
            // Each list in key order, the order every writer of the ledger locks rows in.
            return renew(c, editionId, owner, sending, aheadUntil.minus(AHEAD_GAP))
                    + renew(c, editionId, owner, claimedAhead, aheadUntil);
        } catch (SQLException e) {
            throw new LedgerException("Could not renew leases", e);
        }
    }

    private static int renew(Connection c, long editionId, String owner, List<Long> ids, Instant until)
            throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        try (PreparedStatement renew = c.prepareStatement("UPDATE newsletter_delivery SET lease_until = ? "
                + "WHERE edition_id = ? AND subscriber_id IN (" + String.join(",", Collections.nCopies(ids.size(), "?"))
                + ") AND state = 'CLAIMED' AND claimed_by = ?")) {
            int p = 1;
            renew.setTimestamp(p++, Timestamp.from(until));
            renew.setLong(p++, editionId);
            for (long id : ids.stream().sorted().toList()) {
                renew.setLong(p++, id);
            }
            renew.setString(p, owner);
            return renew.executeUpdate();
        }
    }

    /**
     * Rows still CLAIMED after their lease ran out were claimed by a worker that died (a crash, a kill) before
     * recording. A worker holds at most two batches: the one it is sending, claimed first, and the next, claimed
     * while it sends and only begun once the first is recorded. So each owner's earliest batch (earliest lease end)
     * may have left, and its rows are marked uncertain; a later batch never reached a relay. An owner's rows are
     * taken back only once all its leases have run out, in one go: taken one lease at a time, its later batch
     * would become its earliest and be marked uncertain too. All are queued again, so every recipient gets the
     * edition and the editor sees how many may have got it twice. Tells how many rows each statement changed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RequeuedClaims requeueExpiredClaims(long editionId, Instant now) {
        Timestamp at = Timestamp.from(now);
        try (Connection c = readCommitted()) {
            List<Long> all = new ArrayList<>();
            List<Long> earliest = new ArrayList<>();
            // A plain read, so it locks nothing: it runs every few seconds beside live workers' claims. An UPDATE
            // joined to this query would take shared locks on their rows and deadlock with their records.
            try (PreparedStatement expired = c.prepareStatement("""
                    SELECT d.subscriber_id, d.lease_until = f.first_lease FROM newsletter_delivery d
                    JOIN (SELECT claimed_by, MIN(lease_until) AS first_lease FROM newsletter_delivery
                          WHERE edition_id = ? AND state = 'CLAIMED' GROUP BY claimed_by
                          HAVING MAX(lease_until) < ?) f ON f.claimed_by = d.claimed_by
                    WHERE d.edition_id = ? AND d.state = 'CLAIMED' ORDER BY d.subscriber_id""")) {
                expired.setLong(1, editionId);
                expired.setTimestamp(2, at);
                expired.setLong(3, editionId);
                try (ResultSet rs = expired.executeQuery()) {
                    while (rs.next()) {
                        all.add(rs.getLong(1));
                        if (rs.getBoolean(2)) {
                            earliest.add(rs.getLong(1));
                        }
                    }
                }
            }
            // By primary key, in key order as workers record; the conditions hold again under the row locks.
            int uncertain = updateExpired(c, editionId, at, earliest, "uncertain = TRUE");
            int queued = updateExpired(c, editionId, at, all,
                    "state = 'QUEUED', claimed_by = NULL, lease_until = NULL, next_attempt_at = ?", at);
            return new RequeuedClaims(queued, uncertain);
        } catch (SQLException e) {
            throw new LedgerException("Could not requeue expired claims", e);
        }
    }

    /** Sets {@code set} (with its parameters) on the given rows that are still claimed under an expired lease. */
    private static int updateExpired(Connection c, long editionId, Timestamp at, List<Long> ids, String set,
                                     Object... setParameters) throws SQLException {
        int updated = 0;
        for (int from = 0; from < ids.size(); from += MAX_KEYS) {
            List<Long> keys = ids.subList(from, Math.min(ids.size(), from + MAX_KEYS));
            try (PreparedStatement update = c.prepareStatement("UPDATE newsletter_delivery SET " + set
                    + " WHERE edition_id = ? AND subscriber_id IN ("
                    + String.join(",", Collections.nCopies(keys.size(), "?"))
                    + ") AND state = 'CLAIMED' AND lease_until < ?")) {
                int p = 1;
                for (Object parameter : setParameters) {
                    update.setObject(p++, parameter);
                }
                update.setLong(p++, editionId);
                for (long id : keys) {
                    update.setLong(p++, id);
                }
                update.setTimestamp(p, at);
                updated += update.executeUpdate();
            }
        }
        return updated;
    }

    /** Puts failed rows back in the queue (an editor asked to retry them). */
    @Transactional(Transactional.TxType.REQUIRED)
    public int requeueFailed(long editionId, Instant now) {
        return update("UPDATE newsletter_delivery SET state = 'QUEUED', next_attempt_at = ?, attempts = 0 "
                + "WHERE edition_id = ? AND state = 'FAILED'", Timestamp.from(now), editionId);
    }

    /** Cancels what has not been sent yet; claimed rows finish their current attempt. */
    @Transactional(Transactional.TxType.REQUIRED)
    public int cancelQueued(long editionId) {
        return update("UPDATE newsletter_delivery SET state = 'CANCELLED' WHERE edition_id = ? AND state = 'QUEUED'",
                editionId);
    }

    /** True when nothing is queued or in flight any more. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSettled(long editionId) {
        return query("SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? AND state IN ('QUEUED', 'CLAIMED')",
                editionId) == 0;
    }

    /** When the earliest queued row becomes due, if any is queued. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> nextDue(long editionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT MIN(next_attempt_at) FROM newsletter_delivery WHERE edition_id = ? AND state = 'QUEUED'")) {
            s.setLong(1, editionId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Timestamp next = rs.getTimestamp(1);
                return Optional.ofNullable(next).map(Timestamp::toInstant);
            }
        } catch (SQLException e) {
            throw new LedgerException("Could not read the queue", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SendCounts counts(long editionId) {
        return counts(List.of(editionId)).getOrDefault(editionId, SendCounts.NONE);
    }

    /** Each of these sends' counts, in one statement; sends without a ledger yet are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, SendCounts> counts(Collection<Long> editionIds) {
        Map<Long, SendCounts.Tally> tallies = new HashMap<>();
        if (editionIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(editionIds.size(), "?"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT edition_id, state, uncertain, COUNT(*) "
                     + "FROM newsletter_delivery WHERE edition_id IN (" + marks + ") GROUP BY edition_id, state, uncertain")) {
            int i = 1;
            for (long editionId : editionIds) {
                s.setLong(i++, editionId);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tallies.computeIfAbsent(rs.getLong(1), id -> new SendCounts.Tally())
                            .add(rs.getString(2), rs.getBoolean(3), rs.getLong(4));
                }
            }
        } catch (SQLException e) {
            throw new LedgerException("Could not count deliveries", e);
        }
        Map<Long, SendCounts> counts = new HashMap<>();
        tallies.forEach((id, tally) -> counts.put(id, tally.counts()));
        return counts;
    }

    /** How many messages of the edition the relays accepted since then; gives the editor the current rate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long sentSince(long editionId, Instant since) {
        return query("SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? AND state = 'SENT' AND sent_at >= ?",
                editionId, Timestamp.from(since));
    }

    /** Failed recipients with their reasons, for the editor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FailedDelivery> failures(long editionId, int max) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT s.email, d.attempts, d.last_error FROM newsletter_delivery d
                     JOIN subscriber s ON s.id = d.subscriber_id
                     WHERE d.edition_id = ? AND d.state = 'FAILED' ORDER BY s.email LIMIT ?""")) {
            s.setLong(1, editionId);
            s.setInt(2, max);
            List<FailedDelivery> failures = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    failures.add(new FailedDelivery(rs.getString(1), rs.getInt(2), rs.getString(3)));
                }
            }
            return failures;
        } catch (SQLException e) {
            throw new LedgerException("Could not list failures", e);
        }
    }

    /**
     * A connection whose transaction (begun by its first statement) runs at READ COMMITTED. {@code SET
     * TRANSACTION} without {@code SESSION} holds for that one transaction, so the pooled connection goes back
     * to the default afterwards.
     */
    private Connection readCommitted() throws SQLException {
        Connection c = dataSource.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection()) {
            return update(c, sql, parameters);
        } catch (SQLException e) {
            throw new LedgerException("Ledger update failed", e);
        }
    }

    /** Returns the rows the statement matched (the driver's default: found rows, not only changed ones). */
    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private long query(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new LedgerException("Ledger query failed", e);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
