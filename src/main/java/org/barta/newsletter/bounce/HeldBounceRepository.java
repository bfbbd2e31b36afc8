package org.barta.newsletter.bounce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The held_bounce table; every method joins the caller's transaction. */
@ApplicationScoped
public class HeldBounceRepository {

    private static final String SELECT = """
            select h.id, h.subscriber_id, s.email, h.kind, h.status_code, h.diagnostic, h.report_key, h.reason,
                   h.received_at
            from held_bounce h join subscriber s on s.id = h.subscriber_id""";

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    /**
     * Holds a report for a subscriber unless this report is already held (or was decided) for them.
     *
     * @return true when held now
     */
    public boolean hold(long subscriberId, BounceKind kind, String statusCode, String diagnostic, String reportKey,
                        HoldReason reason) {
        // As for bounce_event, the unique (report_key, subscriber_id) makes a second reading a no-op.
        return em.createNativeQuery("""
                        insert ignore into held_bounce
                            (subscriber_id, kind, status_code, diagnostic, report_key, reason, received_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, now(3))""")
                .setParameter(1, subscriberId)
                .setParameter(2, kind.name())
                .setParameter(3, statusCode)
                .setParameter(4, diagnostic)
                .setParameter(5, reportKey)
                .setParameter(6, reason.name())
                .executeUpdate() == 1;
    }

    /** Reports no editor has decided on yet, oldest first. */
    public List<HeldBounce> undecided() {
        List<?> rows = em.createNativeQuery(SELECT + " where h.decision is null order by h.received_at, h.id")
                .getResultList();
        return rows.stream().map(row -> toHeld((Object[]) row)).toList();
    }

    /** The undecided report, locked so that two editors cannot both decide it. */
    public Optional<HeldBounce> undecidedForUpdate(long id) {
        List<?> rows = em.createNativeQuery(SELECT + " where h.id = ?1 and h.decision is null for update")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(row -> toHeld((Object[]) row));
    }

    public void decide(long id, String decision) {
        em.createNativeQuery("update held_bounce set decision = ?1, decided_at = now(3) where id = ?2")
                .setParameter(1, decision)
                .setParameter(2, id)
                .executeUpdate();
    }

    /** DATETIME columns hold UTC (the connection's zone); the driver gives them as LocalDateTime. */
    private static HeldBounce toHeld(Object[] row) {
        return new HeldBounce(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
                BounceKind.valueOf((String) row[3]), (String) row[4], (String) row[5], (String) row[6],
                HoldReason.valueOf((String) row[7]), ((LocalDateTime) row[8]).toInstant(ZoneOffset.UTC));
    }
}
