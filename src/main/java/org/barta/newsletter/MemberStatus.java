package org.barta.newsletter;

/** Where a subscriber stands in one audience. Only confirmed members of a not-suppressed address get its mail. */
public enum MemberStatus {
    PENDING, CONFIRMED, UNSUBSCRIBED
}
