package org.barta.newsletter;

/** What happened to one row of an imported file. Only {@link #IMPORTED} rows were added. */
public enum ImportOutcome {
    IMPORTED,
    EMPTY_ROW,
    TOO_MANY_COLUMNS,
    MISSING_EMAIL,
    INVALID_ADDRESS,
    NAME_TOO_LONG,
    DUPLICATE_IN_FILE,
    ALREADY_SUBSCRIBED,
    ALREADY_PENDING,
    PREVIOUSLY_UNSUBSCRIBED,
    BOUNCED,
    COMPLAINED;

    /** The outcome for an address already on the list: nobody is ever (re-)subscribed by an import. */
    static ImportOutcome ofExisting(SubscriberStatus status) {
        return switch (status) {
            case CONFIRMED -> ALREADY_SUBSCRIBED;
            case PENDING -> ALREADY_PENDING;
            case UNSUBSCRIBED -> PREVIOUSLY_UNSUBSCRIBED;
            case BOUNCED -> BOUNCED;
            case COMPLAINED -> COMPLAINED;
        };
    }
}
