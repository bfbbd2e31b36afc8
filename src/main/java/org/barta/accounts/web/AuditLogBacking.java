package org.barta.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.barta.accounts.AuditEvent;
import org.barta.accounts.AuditLog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Administrators browse the audit log, filtered by person, action and dates, page by page. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    @Inject
    transient AuditLog audit;

    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditEvent> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.count(filter());
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return audit.find(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }
    };

    private AuditLog.Filter filter() {
        return new AuditLog.Filter(actor, action, from == null ? null : from.atStartOfDay(DHAKA).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(DHAKA).toInstant());
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
