package org.barta.newsletter.compose;

import java.util.Objects;

/**
 * The rendered message. Personal links are placeholders, replaced per recipient by plain string replacement so
 * that sending never renders again.
 */
public record RenderedEdition(String subject, String html, String text) {

    public static final String PREFERENCES_URL = "%%BARTA_PREFERENCES_URL%%";
    public static final String UNSUBSCRIBE_URL = "%%BARTA_UNSUBSCRIBE_URL%%";

    /** This message for one recipient: both placeholders replaced, escaped for HTML attributes in the HTML part. */
    public RenderedEdition personalize(String preferencesUrl, String unsubscribeUrl) {
        Objects.requireNonNull(preferencesUrl, "preferencesUrl");
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
        return new RenderedEdition(subject, fillLinks(html, true, preferencesUrl, unsubscribeUrl),
                fillLinks(text, false, preferencesUrl, unsubscribeUrl));
    }

    /** Where the next personal link from this index on is, or -1: everything before it is the same for all. */
    public static int firstLink(String content, int from) {
        int preferences = content.indexOf(PREFERENCES_URL, from);
        int unsubscribe = content.indexOf(UNSUBSCRIBE_URL, from);
        return preferences < 0 ? unsubscribe : unsubscribe < 0 ? preferences : Math.min(preferences, unsubscribe);
    }

    /** The placeholder that starts at this index (one {@link #firstLink} returned). */
    public static String linkAt(String content, int index) {
        return content.startsWith(PREFERENCES_URL, index) ? PREFERENCES_URL : UNSUBSCRIBE_URL;
    }

    /** The personal links filled into (a piece of) the HTML, escaped as attribute values, or the text, as they are. */
    public static String fillLinks(String content, boolean html, String preferencesUrl, String unsubscribeUrl) {
        return content.replace(PREFERENCES_URL, html ? escapeAttribute(preferencesUrl) : preferencesUrl)
                .replace(UNSUBSCRIBE_URL, html ? escapeAttribute(unsubscribeUrl) : unsubscribeUrl);
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
