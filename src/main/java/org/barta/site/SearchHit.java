package org.barta.site;

import org.barta.content.Language;
import org.barta.publicweb.LocalizedDates;
import org.barta.publicweb.SitePaths;

/**
 * A search result as the page shows it, worked out once (EL method calls in the view would be looked up by
 * reflection on each evaluation): the item's address, title, kind, language and date, and an HTML snippet with the
 * query words in {@code <mark>}. {@code date} is in the page's language, {@code languageCode} the hit's own.
 */
public record SearchHit(String url, String title, String kindKey, String languageCode, String languageKey,
        String date, String snippetHtml) {

    static SearchHit of(PublishedContentRepository.Found found, String snippetHtml, Language pageLanguage) {
        String code = found.language().code();
        return new SearchHit(SitePaths.itemPath(found.language(), found.kind(), found.slug()), found.title(),
                "kind." + found.kind().name(), code, "lang." + code,
                LocalizedDates.dayOf(found.publishedAt(), pageLanguage), snippetHtml);
    }
}
