package org.barta.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import org.barta.accounts.AuditEvent;
import org.barta.accounts.AuditLog;
import org.barta.platform.web.PagedModel;

/** Administrators browse the audit log, filtered by person, action and dates, page by page. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    @Inject
    transient AuditLog audit;

    @Inject
    transient CurrentEditor editor;

    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;

    private final PagedModel<AuditEvent> events = new PagedModel<>(() -> audit.count(filter(), editor.actor()),
            (first, size, sortField, ascending) -> audit.find(filter(), editor.actor(), first, size), AuditEvent::getId);

    private AuditLog.Filter filter() {
        return new AuditLog.Filter(actor, action, from == null ? null : from.atStartOfDay(DHAKA).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(DHAKA).toInstant());
    }

    public PagedModel<AuditEvent> getEvents() {
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
