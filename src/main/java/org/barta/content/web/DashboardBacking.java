package org.barta.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.barta.content.ContentCatalog;
import org.barta.content.ContentState;

/** The admin start page: how many items are in each workflow state. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    ContentCatalog catalog;

    private List<Map.Entry<ContentState, Long>> counts;

    public List<Map.Entry<ContentState, Long>> getCountsByState() {
        if (counts == null) {
            counts = new ArrayList<>(catalog.countByState().entrySet());
        }
        return counts;
    }
}
