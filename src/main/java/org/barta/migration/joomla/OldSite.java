package org.barta.migration.joomla;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An old site as the import reads it, in Joomla's shapes (the import was built for Joomla first; a WordPress
 * export maps onto them): its categories, its articles (first without their text, then whole, a part at a time),
 * which articles are translations of one another, the addresses each was known by, and the site's own redirects.
 */
public interface OldSite extends AutoCloseable {

    List<JoomlaCategory> categories();

    /** Every article without its text, in id order. */
    List<JoomlaArticleSummary> summaries();

    /** Article id → the key that links it with its translations; absent for an article without. */
    Map<Long, String> translationKeys();

    /** These articles, whole. */
    List<JoomlaArticle> articles(Collection<Long> ids);

    /** The addresses the article was known by, in the form redirects keep them. */
    List<String> addressesOf(JoomlaArticle article);

    /** The old site's own redirects: old address → new address. */
    List<Map.Entry<String, String>> redirectLinks();

    @Override
    void close();
}
