package org.barta.migration.joomla;

import java.time.Instant;
import java.util.List;

/**
 * One row of an old site's {@code #__content} with its tags, as the import needs it. Dates are UTC (Joomla stores
 * them so); a zero or empty date of Joomla 3 is null. {@code language} is Joomla's tag ({@code en-GB}, {@code bn-BD},
 * {@code *}); {@code author} may be null (an account deleted since).
 */
public record JoomlaArticle(long id, String title, String alias, String introText, String fullText, int state,
        long categoryId, Instant created, Instant modified, Instant publishUp, Instant publishDown, String images,
        String metaDescription, boolean featured, String language, List<String> tags, Author author) {

    /** Who wrote it on the old site: the account's e-mail address and the name shown (the alias if given). */
    public record Author(String email, String name) {
    }

    /** Joomla's states. */
    public static final int PUBLISHED = 1;
    public static final int UNPUBLISHED = 0;
    public static final int ARCHIVED = 2;
    public static final int TRASHED = -2;

    public JoomlaArticle {
        title = title == null ? "" : title;
        alias = alias == null ? "" : alias;
        introText = introText == null ? "" : introText;
        fullText = fullText == null ? "" : fullText;
        language = language == null ? "*" : language.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Every field the import reads, in one string: what tells a later run whether the article changed. */
    String fingerprint() {
        return String.join("\u0000", String.valueOf(id), title, alias, introText, fullText, String.valueOf(state),
                String.valueOf(categoryId), String.valueOf(created), String.valueOf(modified),
                String.valueOf(publishUp), String.valueOf(publishDown), String.valueOf(images),
                String.valueOf(metaDescription), String.valueOf(featured), language, String.join(",", tags),
                String.valueOf(author));
    }
}
