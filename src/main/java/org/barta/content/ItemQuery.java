package org.barta.content;

import java.time.Instant;

/** Filters for the admin item list; null means "any". */
public record ItemQuery(ContentKind kind, ContentState state, Language language, Long tagId, Long authorId,
                        Instant updatedFrom, Instant updatedTo, String text) {
}
