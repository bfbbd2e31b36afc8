package org.barta.accounts;

/** What an editorial account may do. Names are the security roles used by Jakarta Security. */
public enum Role {
    /** Manages accounts and settings, and does everything an editor does. */
    ADMIN,
    /** Reviews, edits, schedules, publishes and archives. */
    EDITOR,
    /** Writes drafts and submits them for review. */
    AUTHOR
}
