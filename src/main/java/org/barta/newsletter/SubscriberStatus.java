package org.barta.newsletter;

/**
 * Where an address stands overall, following its audience memberships (see {@link Subscriber}): only a CONFIRMED
 * address receives anything, and only from the audiences it is confirmed in.
 */
public enum SubscriberStatus {
    PENDING, CONFIRMED, UNSUBSCRIBED, BOUNCED, COMPLAINED;

    /** Bounced and complained addresses are suppressed: no form or import brings them back. */
    public boolean isSuppressed() {
        return this == BOUNCED || this == COMPLAINED;
    }
}
