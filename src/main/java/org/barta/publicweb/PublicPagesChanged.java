package org.barta.publicweb;

/**
 * Fired (after its transaction commits) by a feature whose change the public pages show, other than content's own
 * {@code PublicContentChanged}: an edition sent enters the newsletter archive. The page caches observe it.
 */
public record PublicPagesChanged(String cause) {
}
