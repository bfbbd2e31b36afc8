package org.barta.site;

import org.barta.content.ContentTranslation;

/** A search result: the translation found and an HTML snippet with the query words in {@code <mark>}. */
public record SearchHit(ContentTranslation translation, String snippetHtml) {

    public ContentTranslation getTranslation() {
        return translation;
    }

    public String getSnippetHtml() {
        return snippetHtml;
    }
}
