package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.barta.platform.BusinessException;

/** Records every editorial and administrative action, in the same transaction as the action itself. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String targetType, Long targetId, String detail) {
        em.persist(new AuditEvent(actor, action, targetType, targetId, detail));
    }

    /** Filters: who (exact), what (prefix, e.g. {@code content.}), from/to time; newest first. */
    public record Filter(String actor, String actionPrefix, Instant from, Instant to) {
    }

    /** Administrators only: the log names every staff member's actions and addresses. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> find(Filter filter, Actor reader, int first, int max) {
        requireAdmin(reader);
        return query(filter, "select e from AuditEvent e", AuditEvent.class, " order by e.occurredAt desc, e.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Filter filter, Actor reader) {
        requireAdmin(reader);
        return query(filter, "select count(e) from AuditEvent e", Long.class, "").getSingleResult();
    }

    private static void requireAdmin(Actor reader) {
        if (reader.role() != Role.ADMIN) {
            throw new BusinessException("audit.forbidden");
        }
    }

    private <T> TypedQuery<T> query(Filter filter, String select, Class<T> type, String order) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("e.actor = :actor");
            parameters.put("actor", filter.actor().strip());
        }
        if (filter.actionPrefix() != null && !filter.actionPrefix().isBlank()) {
            where.add("e.action like :action");
            parameters.put("action", filter.actionPrefix().strip().replace("%", "") + "%");
        }
        if (filter.from() != null) {
            where.add("e.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("e.occurredAt < :to");
            parameters.put("to", filter.to());
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
