package org.barta.newsletter.dispatch;

/** Fired after the transaction that marked an edition SENT: it now belongs in the public archive. */
public record EditionSent(long editionId) {
}
