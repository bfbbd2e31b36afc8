package org.barta.newsletter.bounce;

/** Where a report reached us. */
public enum BounceSource {
    /** Read from the bounce mailbox by {@link BounceMailboxJob}. */
    MAILBOX,
    /** Posted to the complaint endpoint. */
    ENDPOINT
}
