package org.barta.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Read-only questions about content: what is published, what the admin lists and dashboard show. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContentCatalog {

    @Inject
    ContentRepository items;

    public Map<ContentState, Long> countByState() {
        return items.countByState();
    }

    public List<ItemRow> search(ItemQuery query, int first, int max, String sortField, boolean ascending) {
        return items.search(query, first, max, sortField, ascending).stream().map(ItemRow::of).toList();
    }

    public long count(ItemQuery query) {
        return items.count(query);
    }

    public List<ItemRow> recentlyEdited(int limit) {
        return items.recentlyEdited(limit).stream().map(ItemRow::of).toList();
    }

    public List<ItemRow> scheduledNext(int limit) {
        return items.scheduledNext(limit).stream().map(ItemRow::of).toList();
    }
}
