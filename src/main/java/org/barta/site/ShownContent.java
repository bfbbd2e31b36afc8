package org.barta.site;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/**
 * What the public page being rendered shows of the site's content, told by its view and read by the page cache to
 * know which changes make the stored page stale. Nothing told: the page may show any item.
 */
@RequestScoped
public class ShownContent {

    private PageCache.ItemPage itemPage;

    /** The page is the item's page: it shows the item and, through its tags, related items. */
    public void itemPage(long itemId, Set<Long> tagIds) {
        itemPage = new PageCache.ItemPage(itemId, tagIds);
    }

    /** Null unless the page is an item page. */
    public PageCache.ItemPage itemPage() {
        return itemPage;
    }
}
