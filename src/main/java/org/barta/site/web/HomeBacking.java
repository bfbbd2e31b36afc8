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

    public List<ContentTranslation> getPressStatements() {
        return site.latest(ContentKind.PRESS_STATEMENT, page.getLanguage(), LATEST);
    }

    public List<ContentTranslation> getEditorials() {
        return site.latest(ContentKind.EDITORIAL, page.getLanguage(), FEW);
    }

    public List<ContentTranslation> getUpcomingEvents() {
        return site.upcomingEvents(page.getLanguage(), FEW);
    }

    public List<ContentTranslation> getRecentEvents() {
        return site.latest(ContentKind.EVENT_REPORT, page.getLanguage(), FEW);
    }

    public List<ContentTranslation> getReports() {
        return site.latest(ContentKind.REPORT, page.getLanguage(), FEW);
    }
}
