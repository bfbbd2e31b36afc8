package org.barta.content;

import java.time.Instant;

/**
 * Fired inside the transaction that scheduled, published or unpublished an item, so that what is tied to its
 * publication (a press release going out with it, an embargoed advance copy) moves, starts or is cancelled with
 * it, or the change fails as a whole. {@code scheduledFor} is the publication time of a SCHEDULED item.
 */
public record ItemPublicationChanged(long itemId, ContentState state, Instant scheduledFor) {
}
