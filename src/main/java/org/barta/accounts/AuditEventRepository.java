package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The audit log's rows: written in the caller's transaction, read with the log's filters, newest first. */
@ApplicationScoped
public class AuditEventRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    void add(AuditEvent event) {
        em.persist(event);
    }

    List<AuditEvent> find(AuditLog.Filter filter, int first, int max) {
        return query(filter, "select e from AuditEvent e", AuditEvent.class, " order by e.occurredAt desc, e.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    long count(AuditLog.Filter filter) {
        return query(filter, "select count(e) from AuditEvent e", Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(AuditLog.Filter filter, String select, Class<T> type, String order) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
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
