package org.barta.newsletter;

/**
 * What happened to one row of an imported file. {@link #IMPORTED} rows were added as new subscribers,
 * {@link #ADDED_TO_AUDIENCE} rows were known addresses put into the import's audience; nothing else changed.
 */
public enum ImportOutcome {
    IMPORTED,
    EMPTY_ROW,
    TOO_MANY_COLUMNS,
    MISSING_EMAIL,
    INVALID_ADDRESS,
    NAME_TOO_LONG,
    ORGANISATION_TOO_LONG,
    BEAT_TOO_LONG,
    DISTRICT_TOO_LONG,
    UNKNOWN_COUNTRY,
    TAG_TOO_LONG,
    TOO_MANY_TAGS,
    DUPLICATE_IN_FILE,
    ALREADY_SUBSCRIBED,
    ALREADY_PENDING,
    PREVIOUSLY_UNSUBSCRIBED,
    BOUNCED,
    COMPLAINED,
    ADDED_TO_AUDIENCE;

    /**
     * The outcome for an address already known, importing into {@code audience}: one new to the audience joins
     * it; nobody is ever put back into an audience they left, and a suppressed address into none.
     */
    static ImportOutcome ofExisting(Subscriber known, Audience audience) {
        if (known.getStatus().isSuppressed()) {
            return known.getStatus() == SubscriberStatus.BOUNCED ? BOUNCED : COMPLAINED;
        }
        return known.membershipIn(audience).map(member -> switch (member.getStatus()) {
            case CONFIRMED -> ALREADY_SUBSCRIBED;
            case PENDING -> ALREADY_PENDING;
            case UNSUBSCRIBED -> PREVIOUSLY_UNSUBSCRIBED;
        }).orElse(ADDED_TO_AUDIENCE);
    }
}
