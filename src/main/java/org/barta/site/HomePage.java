package org.barta.site;

import java.util.List;

/** What the home page lists, read in one query: latest statements, editorials, events, reports. */
public record HomePage(List<ListedItem> pressStatements, List<ListedItem> editorials,
        List<ListedItem> upcomingEvents, List<ListedItem> recentEvents, List<ListedItem> reports) {
}
