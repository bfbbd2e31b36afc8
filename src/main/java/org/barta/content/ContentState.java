package org.barta.content;

/** Where an item is in the editorial workflow. Only PUBLISHED items are ever shown to the public. */
public enum ContentState {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED
}
