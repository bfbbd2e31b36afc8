package org.barta.site.redirect;

import java.time.Instant;

/** An address people arrived at and found nothing: how often, first and last time. Nothing about who. */
public record MissingAddress(String address, long hits, Instant firstSeen, Instant lastSeen) {
}
