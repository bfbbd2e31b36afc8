package org.barta.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.barta.accounts.web.CurrentEditor;
import org.barta.content.ContentCatalog;
import org.barta.content.ContentState;
import org.barta.content.ItemRow;

/** The admin start page: items by workflow state, recently edited, scheduled next. */
@Named
@RequestScoped
public class DashboardBacking {

    private static final int SHORT_LIST = 8;

    @Inject
    ContentCatalog catalog;

    @Inject
    CurrentEditor editor;

    private List<Map.Entry<ContentState, Long>> counts;

    public List<Map.Entry<ContentState, Long>> getCountsByState() {
        if (counts == null) {
            counts = new ArrayList<>(catalog.countByState(editor.actor()).entrySet());
        }
        return counts;
    }

    public List<ItemRow> getRecentlyEdited() {
        return catalog.recentlyEdited(SHORT_LIST, editor.actor());
    }

    public List<ItemRow> getScheduledNext() {
        return catalog.scheduledNext(SHORT_LIST, editor.actor());
    }
}
