package org.barta.newsletter.compose;

import org.barta.content.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The editor's introduction to an edition, rich text: sanitized again here (the mail must not trust what was
 * stored), its links and images made absolute against the site, and the same text for the plain-text part.
 */
record EditorIntro(String html, String text) {

    static EditorIntro of(String editorHtml, String siteUrl) {
        Document fragment = Jsoup.parseBodyFragment(HtmlSanitizer.sanitize(editorHtml), siteUrl);
        for (Element link : fragment.select("a[href]")) {
            link.attr("href", link.absUrl("href"));
        }
        for (Element image : fragment.select("img[src]")) {
            image.attr("src", image.absUrl("src"));
        }
        fragment.outputSettings().prettyPrint(false);
        Element body = fragment.body();
        return new EditorIntro(body.html(), HtmlPlainText.of(body));
    }

    /** Nothing a reader would see: no intro, or only empty markup. */
    boolean isEmpty() {
        return text.isBlank();
    }
}
