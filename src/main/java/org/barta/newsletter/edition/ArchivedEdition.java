package org.barta.newsletter.edition;

import java.time.Instant;

/** A sent edition as the public archive lists it. */
public record ArchivedEdition(int number, String month, String subject, String path, Instant sentAt) {
}
