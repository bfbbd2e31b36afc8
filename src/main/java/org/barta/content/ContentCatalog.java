package org.barta.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.barta.accounts.Actor;

/**
 * Read-only questions about content: what the admin lists and dashboard show. Each answer is limited to what the
 * actor may see ({@link Workflow#maySee}): authors get their own items and published ones only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContentCatalog {

    @Inject
    ContentRepository items;

    public Map<ContentState, Long> countByState(Actor actor) {
        return items.countByState(restrictedTo(actor));
    }

    public List<ItemRow> search(ItemQuery query, Actor actor, int first, int max, String sortField, boolean ascending) {
        return items.search(query, restrictedTo(actor), first, max, sortField, ascending).stream()
                .map(ItemRow::of).toList();
    }

    public long count(ItemQuery query, Actor actor) {
        return items.count(query, restrictedTo(actor));
    }

    public List<ItemRow> recentlyEdited(int limit, Actor actor) {
        return items.recentlyEdited(limit, restrictedTo(actor)).stream().map(ItemRow::of).toList();
    }

    public List<ItemRow> scheduledNext(int limit, Actor actor) {
        return items.scheduledNext(limit, restrictedTo(actor)).stream().map(ItemRow::of).toList();
    }

    /** Null for editors and administrators (everything); the author's account otherwise. */
    private static Long restrictedTo(Actor actor) {
        return actor.isEditorial() ? null : actor.accountId();
    }
}
