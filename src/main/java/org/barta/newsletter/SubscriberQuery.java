package org.barta.newsletter;

import java.time.Instant;
import org.barta.content.Language;

/**
 * Filters for the admin subscriber list and the export; null means "any". {@code audienceId} keeps the addresses
 * that are in that audience (confirmed or waiting for confirmation); {@code profile} filters by what the press
 * office knows about them.
 */
public record SubscriberQuery(SubscriberStatus status, Language language, SubscriptionSource source,
                              Instant createdFrom, Instant createdTo, String emailContains, Long audienceId,
                              ProfileFilter profile) {

    public SubscriberQuery {
        profile = profile == null ? ProfileFilter.ANY : profile;
    }

    public SubscriberQuery(SubscriberStatus status, Language language, SubscriptionSource source,
                           Instant createdFrom, Instant createdTo, String emailContains, Long audienceId) {
        this(status, language, source, createdFrom, createdTo, emailContains, audienceId, ProfileFilter.ANY);
    }

    public SubscriberQuery(SubscriberStatus status, Language language, SubscriptionSource source,
                           Instant createdFrom, Instant createdTo, String emailContains) {
        this(status, language, source, createdFrom, createdTo, emailContains, null);
    }
}
