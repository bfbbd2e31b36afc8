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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> find(Filter filter, int first, int max) {
        return query(filter, "select e from AuditEvent e", AuditEvent.class, " order by e.occurredAt desc, e.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Filter filter) {
        return query(filter, "select count(e) from AuditEvent e", Long.class, "").getSingleResult();
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
