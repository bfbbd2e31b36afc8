package org.barta.content;

/** An item's text in one language, as the editor writes it. */
public record TranslationContent(String title, String slug, String summary, String body, String imageAlt) {

    /** The longest title, in characters. */
    public static final int MAX_TITLE = 500;

    public boolean isBlank() {
        return (title == null || title.isBlank()) && (body == null || body.isBlank())
                && (summary == null || summary.isBlank());
    }
}
