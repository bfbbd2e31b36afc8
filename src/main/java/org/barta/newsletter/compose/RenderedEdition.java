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
        return new RenderedEdition(subject,
                html.replace(PREFERENCES_URL, escapeAttribute(preferencesUrl))
                        .replace(UNSUBSCRIBE_URL, escapeAttribute(unsubscribeUrl)),
                text.replace(PREFERENCES_URL, preferencesUrl).replace(UNSUBSCRIBE_URL, unsubscribeUrl));
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
