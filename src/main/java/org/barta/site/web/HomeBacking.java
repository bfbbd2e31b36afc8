package org.barta.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.barta.content.ContentKind;
import org.barta.content.ContentTranslation;
import org.barta.site.PublicSite;

/** {@code /en/} and {@code /bn/}: the latest statements, editorials, events and reports. */
@Named
@RequestScoped
public class HomeBacking {

    private static final int LATEST = 5;
    private static final int FEW = 3;

    @Inject
    PublicSite site;

    @Inject
    SiteRequest page;

    // Each list is read once per request, however often the view asks.
    private List<ContentTranslation> pressStatements;
    private List<ContentTranslation> editorials;
    private List<ContentTranslation> upcomingEvents;
    private List<ContentTranslation> recentEvents;
    private List<ContentTranslation> reports;

    public List<ContentTranslation> getPressStatements() {
        if (pressStatements == null) {
            pressStatements = site.latest(ContentKind.PRESS_STATEMENT, page.getLanguage(), LATEST);
        }
        return pressStatements;
    }

    public List<ContentTranslation> getEditorials() {
        if (editorials == null) {
            editorials = site.latest(ContentKind.EDITORIAL, page.getLanguage(), FEW);
        }
        return editorials;
    }

    public List<ContentTranslation> getUpcomingEvents() {
        if (upcomingEvents == null) {
            upcomingEvents = site.upcomingEvents(page.getLanguage(), FEW);
        }
        return upcomingEvents;
    }

    public List<ContentTranslation> getRecentEvents() {
        if (recentEvents == null) {
            recentEvents = site.latest(ContentKind.EVENT_REPORT, page.getLanguage(), FEW);
        }
        return recentEvents;
    }

    public List<ContentTranslation> getReports() {
        if (reports == null) {
            reports = site.latest(ContentKind.REPORT, page.getLanguage(), FEW);
        }
        return reports;
    }
}
