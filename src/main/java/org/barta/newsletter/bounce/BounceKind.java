package org.barta.newsletter.bounce;

/** What a report says happened to a recipient. */
public enum BounceKind {
    /** Permanent failure (5.x.x): the address is suppressed at once. */
    HARD,
    /** Temporary failure or delay (4.x.x): suppressed after repeated soft bounces. */
    SOFT,
    /** The recipient reported the mail as spam: suppressed at once. */
    COMPLAINT
}
