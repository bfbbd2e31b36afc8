package org.barta.content;

import java.util.EnumSet;
import java.util.Set;

/** What an editor can do to an item's workflow state, from which states, and where it leads. */
public enum WorkflowAction {
    SUBMIT(EnumSet.of(ContentState.DRAFT), ContentState.IN_REVIEW),
    RETURN_TO_DRAFT(EnumSet.of(ContentState.IN_REVIEW), ContentState.DRAFT),
    SCHEDULE(EnumSet.of(ContentState.DRAFT, ContentState.IN_REVIEW, ContentState.SCHEDULED), ContentState.SCHEDULED),
    PUBLISH(EnumSet.of(ContentState.DRAFT, ContentState.IN_REVIEW, ContentState.SCHEDULED), ContentState.PUBLISHED),
    UNPUBLISH(EnumSet.of(ContentState.SCHEDULED, ContentState.PUBLISHED, ContentState.ARCHIVED), ContentState.DRAFT),
    ARCHIVE(EnumSet.of(ContentState.PUBLISHED), ContentState.ARCHIVED);

    private final Set<ContentState> from;
    private final ContentState to;

    WorkflowAction(Set<ContentState> from, ContentState to) {
        this.from = from;
        this.to = to;
    }

    public boolean startsFrom(ContentState state) {
        return from.contains(state);
    }

    public ContentState target() {
        return to;
    }
}
