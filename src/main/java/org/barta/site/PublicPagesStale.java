package org.barta.site;

import org.barta.content.PublicContentChanged;

/**
 * What this instance keeps of the public pages may no longer be what the public should see: a change committed
 * here or on another instance of the cluster, or a change of the cluster's members. Fired by
 * {@link PublicPagesInvalidation}. {@code item} names the one item that changed, when that is all that did; null
 * means anything may have changed.
 */
public record PublicPagesStale(String cause, PublicContentChanged item) {

    public static PublicPagesStale everything(String cause) {
        return new PublicPagesStale(cause, null);
    }

    public static PublicPagesStale item(PublicContentChanged change) {
        return new PublicPagesStale("item " + change.itemId(), change);
    }
}
