package org.barta.site.redirect;

import java.time.Instant;

/**
 * A redirect as the newsroom lists it and the site answers it.
 *
 * @param target    the address it leads to now; null when it leads to an item that is not published (answered 404)
 * @param itemId    the item it leads to, whatever that item's address; null for a fixed address
 * @param itemTitle that item's title in the target language
 */
public record Redirect(long id, String source, String target, Long itemId, String itemTitle, Origin origin,
        long hits, Instant lastHit) {

    /** Who made it. */
    public enum Origin { EDITOR, SLUG_CHANGE, IMPORT }
}
