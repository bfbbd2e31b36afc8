package org.barta.newsletter.compose;

import java.util.List;

/**
 * The rendered message. Personal links are placeholders, replaced per recipient by plain string replacement so
 * that sending never renders again.
 */
public record RenderedEdition(String subject, String html, String text) {

    public static final String PREFERENCES_URL = "%%BARTA_PREFERENCES_URL%%";
    public static final String UNSUBSCRIBE_URL = "%%BARTA_UNSUBSCRIBE_URL%%";
    /** Only in an embargoed advance copy of a press release: the recipient's own preview of the statement. */
    public static final String PREVIEW_URL = "%%BARTA_PREVIEW_URL%%";
    private static final List<String> PLACEHOLDERS = List.of(PREFERENCES_URL, UNSUBSCRIBE_URL, PREVIEW_URL);

    /** This message for one recipient: the placeholders replaced, escaped for HTML attributes in the HTML part. */
    public RenderedEdition personalize(PersonalLinks links) {
        return new RenderedEdition(subject, fillLinks(html, true, links), fillLinks(text, false, links));
    }

    public RenderedEdition personalize(String preferencesUrl, String unsubscribeUrl) {
        return personalize(new PersonalLinks(preferencesUrl, unsubscribeUrl));
    }

    /** Whether a placeholder stands for this attribute value, which must then not be made absolute. */
    public static boolean isPlaceholder(String value) {
        return PLACEHOLDERS.contains(value);
    }

    /** Where the next personal link from this index on is, or -1: everything before it is the same for all. */
    public static int firstLink(String content, int from) {
        int first = -1;
        for (String placeholder : PLACEHOLDERS) {
            int at = content.indexOf(placeholder, from);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** The placeholder that starts at this index (one {@link #firstLink} returned). */
    public static String linkAt(String content, int index) {
        return PLACEHOLDERS.stream().filter(p -> content.startsWith(p, index)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No personal link at " + index));
    }

    /** The personal links filled into (a piece of) the HTML, escaped as attribute values, or the text, as they are. */
    public static String fillLinks(String content, boolean html, PersonalLinks links) {
        String filled = content;
        for (String placeholder : PLACEHOLDERS) {
            if (filled.contains(placeholder)) {
                String link = links.forPlaceholder(placeholder);
                filled = filled.replace(placeholder, html ? escapeAttribute(link) : link);
            }
        }
        return filled;
    }

    private static String escapeAttribute(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
