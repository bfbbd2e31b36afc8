package org.barta.site;

import java.util.List;

/** What the home page lists, read in one query: latest statements, editorials, events, reports. */
public record HomePage(List<ListedItem> pressStatements, List<ListedItem> editorials,
        List<ListedItem> upcomingEvents, List<ListedItem> recentEvents, List<ListedItem> reports) {

    // Getters for Faces EL, which does not read record components.
    public List<ListedItem> getPressStatements() {
        return pressStatements;
    }

    public List<ListedItem> getEditorials() {
        return editorials;
    }

    public List<ListedItem> getUpcomingEvents() {
        return upcomingEvents;
    }

    public List<ListedItem> getRecentEvents() {
        return recentEvents;
    }

    public List<ListedItem> getReports() {
        return reports;
    }
}
