package org.barta.content;

import java.time.Instant;

/**
 * How an item stood on the old site it is imported from: its state there and its dates, kept as they were.
 * {@code publishedAt} is when it went (or goes, for {@link ContentState#SCHEDULED}) public; {@code origin} says where
 * it came from, for its revision and the audit log; {@code authorEmail}, if known, finds its author's account here.
 */
public record ImportedState(ContentState state, Instant createdAt, Instant updatedAt, Instant publishedAt,
        String origin, String authorEmail) {

    public ImportedState {
        if (state == ContentState.IN_REVIEW) {
            throw new IllegalArgumentException("An import brings drafts, public, scheduled or archived items");
        }
        if (state != ContentState.DRAFT && publishedAt == null) {
            throw new IllegalArgumentException("A public, scheduled or archived item needs its publication time");
        }
    }
}
