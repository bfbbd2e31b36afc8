package org.barta.newsletter;

import java.time.Instant;
import org.barta.content.Language;

/** Filters for the admin subscriber list and the export; null means "any". */
public record SubscriberQuery(SubscriberStatus status, Language language, SubscriptionSource source,
                              Instant createdFrom, Instant createdTo, String emailContains) {
}
