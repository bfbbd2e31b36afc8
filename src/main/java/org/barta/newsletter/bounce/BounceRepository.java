package org.barta.newsletter.bounce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The bounce_event and bounce_unreadable tables. Recording events joins the caller's transaction; the
 * unreadable list is kept by the mailbox job, which has none of its own.
 */
@ApplicationScoped
public class BounceRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    /** Hard and soft bounces and complaints per send, for these sends, in one query. */
    public Map<Long, Map<BounceKind, Long>> countsByEdition(Collection<Long> editionIds) {
        Map<Long, Map<BounceKind, Long>> counts = new HashMap<>();
        if (editionIds.isEmpty()) {
            return counts;
        }
        List<Long> ids = List.copyOf(editionIds);
        // A native query takes no list parameter: one placeholder per send.
        Query query = em.createNativeQuery("select edition_id, kind, count(*) from bounce_event where edition_id in ("
                + IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(", "))
                + ") group by edition_id, kind");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent(((Number) row[0]).longValue(), id -> new EnumMap<>(BounceKind.class))
                    .put(BounceKind.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        return counts;
    }

    /**
     * Records a bounce or complaint for a subscriber unless this report was already recorded for them.
     *
     * @return true when recorded now, false when the report had been counted before
     */
    public boolean record(long subscriberId, Long editionId, BounceKind kind, String statusCode, String diagnostic,
                          String reportKey, BounceSource source) {
        // The unique (report_key, subscriber_id) makes a second reading of the same report a no-op, also when two
        // instances read it at once.
        return em.createNativeQuery("""
                        insert ignore into bounce_event
                            (subscriber_id, edition_id, kind, status_code, diagnostic, report_key, source, received_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, now(3))""")
                .setParameter(1, subscriberId)
                .setParameter(2, editionId)
                .setParameter(3, kind.name())
                .setParameter(4, statusCode)
                .setParameter(5, diagnostic)
                .setParameter(6, reportKey)
                .setParameter(7, source.name())
                .executeUpdate() == 1;
    }

    public long softBouncesWithinDays(long subscriberId, int days) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from bounce_event
                        where subscriber_id = ?1 and kind = 'SOFT' and received_at > now(3) - interval ?2 day""")
                .setParameter(1, subscriberId)
                .setParameter(2, days)
                .getSingleResult()).longValue();
    }

    /** Whether the mailbox job has already found this message unreadable. */
    @Transactional
    public boolean isUnreadable(String reportKey) {
        return !em.createNativeQuery("select 1 from bounce_unreadable where report_key = ?1")
                .setParameter(1, reportKey).getResultList().isEmpty();
    }

    @Transactional
    public void rememberUnreadable(String reportKey, String messageId, String reason) {
        em.createNativeQuery("""
                        insert ignore into bounce_unreadable (report_key, message_id, reason, first_seen_at)
                        values (?1, ?2, ?3, now(3))""")
                .setParameter(1, reportKey)
                .setParameter(2, messageId == null ? null : truncate(messageId, 255))
                .setParameter(3, truncate(reason, 500))
                .executeUpdate();
    }

    private static String truncate(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
