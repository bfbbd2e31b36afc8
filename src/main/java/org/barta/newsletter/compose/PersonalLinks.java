package org.barta.newsletter.compose;

import java.util.Objects;

/**
 * One recipient's links, filled into the placeholders of a {@link RenderedEdition}: preferences, one-click
 * unsubscribe and, on an embargoed advance copy only, their own preview of the statement ({@code null} elsewhere).
 */
public record PersonalLinks(String preferences, String unsubscribe, String preview) {

    public PersonalLinks {
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(unsubscribe, "unsubscribe");
    }

    public PersonalLinks(String preferences, String unsubscribe) {
        this(preferences, unsubscribe, null);
    }

    /** The link a placeholder stands for; a copy without a preview link leaves its placeholder empty. */
    String forPlaceholder(String placeholder) {
        return switch (placeholder) {
            case RenderedEdition.PREFERENCES_URL -> preferences;
            case RenderedEdition.UNSUBSCRIBE_URL -> unsubscribe;
            default -> preview == null ? "" : preview;
        };
    }
}
