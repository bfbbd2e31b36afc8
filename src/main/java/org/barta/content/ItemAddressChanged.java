package org.barta.content;

/**
 * Fired (observed after the transaction commits) when an item that has been public gets a new slug in a language:
 * its old address was out in the world, and whoever keeps addresses working can point it at the new one.
 */
public record ItemAddressChanged(long itemId, ContentKind kind, Language language, String oldSlug, String newSlug) {
}
