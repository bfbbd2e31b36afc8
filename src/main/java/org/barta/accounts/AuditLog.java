package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.barta.platform.BusinessException;

/** Records every editorial and administrative action, in the same transaction as the action itself. */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditEventRepository events;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String targetType, Long targetId, String detail) {
        events.add(new AuditEvent(actor, action, targetType, targetId, detail));
    }

    /** Filters: who (exact), what (prefix, e.g. {@code content.}), from/to time; newest first. */
    public record Filter(String actor, String actionPrefix, Instant from, Instant to) {
    }

    /** Administrators only: the log names every staff member's actions and addresses. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> find(Filter filter, Actor reader, int first, int max) {
        requireAdmin(reader);
        return events.find(filter, first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Filter filter, Actor reader) {
        requireAdmin(reader);
        return events.count(filter);
    }

    private static void requireAdmin(Actor reader) {
        if (reader.role() != Role.ADMIN) {
            throw new BusinessException("audit.forbidden");
        }
    }
}
