package org.barta.newsletter.bounce;

/** Whom a newsletter mail was sent to, as its VERP envelope sender says. */
public record VerpRecipient(long editionId, long subscriberId) {
}
