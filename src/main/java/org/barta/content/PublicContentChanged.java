package org.barta.content;

/**
 * Fired (after the transaction commits) whenever something the public can see changed: an item published,
 * unpublished, archived, or edited while published. Caches of public pages listen for it.
 */
public record PublicContentChanged(long itemId) {
}
