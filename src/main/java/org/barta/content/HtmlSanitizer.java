package org.barta.content;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one place rich text is cleaned, with the OWASP Java HTML Sanitizer against a positive policy: structure,
 * emphasis, lists, links, tables, quotations and images from our own media library. Scripts, event handlers,
 * styles, forms, frames and {@code javascript:} URLs never survive.
 */
public final class HtmlSanitizer {

    private static final Pattern MEDIA_SOURCE = Pattern.compile("^/media/[A-Za-z0-9_-]+(/[a-z]+)?$");
    private static final Pattern EDITOR_CLASS = Pattern.compile("^(ql-align-(center|right|justify)|ql-indent-[1-8])$");
    private static final Pattern SPAN_COUNT = Pattern.compile("^[1-9][0-9]?$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup",
                    "ul", "ol", "li", "blockquote", "hr", "pre", "code", "figure", "figcaption",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "span")
            // An image whose source was not allowed is dropped whole: an <img> left with only its alt is invalid HTML.
            .allowElements((name, attributes) -> hasAttribute(attributes, "src") ? name : null, "img")
            .allowAttributes("class").matching(EDITOR_CLASS).onElements("p", "li", "h2", "h3", "h4", "blockquote")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("title").onElements("a", "abbr")
            .allowAttributes("src").matching(MEDIA_SOURCE).onElements("img")
            .allowAttributes("alt", "width", "height").onElements("img")
            .allowAttributes("colspan", "rowspan").matching(SPAN_COUNT).onElements("th", "td")
            .allowAttributes("scope").matching(Pattern.compile("^(row|col)$")).onElements("th")
            .allowAttributes("lang").matching(Pattern.compile("^(en|bn)$")).globally()
            .toFactory();

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html);
    }

    /** The sanitizer passes attributes as name, value, name, value… */
    private static boolean hasAttribute(List<String> attributes, String wanted) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
