package org.barta.newsletter;

/** Where a subscriber stands. Only CONFIRMED addresses ever receive a newsletter. */
public enum SubscriberStatus {
    PENDING, CONFIRMED, UNSUBSCRIBED, BOUNCED, COMPLAINED;

    /** Bounced and complained addresses are suppressed: no form or import brings them back. */
    public boolean isSuppressed() {
        return this == BOUNCED || this == COMPLAINED;
    }
}
