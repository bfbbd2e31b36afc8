package org.barta.migration.wordpress;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.barta.migration.joomla.JoomlaArticle;
import org.barta.migration.joomla.JoomlaArticleSummary;
import org.barta.migration.joomla.JoomlaCategory;
import org.barta.migration.joomla.OldSite;

/** A WordPress export, read into memory once, as the import reads an old site. */
final class WordPressSite implements OldSite {

    private final WordPressArticles site;
    private final Map<Long, JoomlaArticle> articles = new HashMap<>();
    private final Map<Long, WordPressPost> posts = new HashMap<>();

    WordPressSite(WordPressExport export) {
        site = new WordPressArticles(export);
        site.articles().forEach(article -> articles.put(article.id(), article));
        export.posts().forEach(post -> posts.put(post.id(), post));
    }

    @Override
    public List<JoomlaCategory> categories() {
        return site.categories();
    }

    @Override
    public List<JoomlaArticleSummary> summaries() {
        return articles.values().stream().sorted((a, b) -> Long.compare(a.id(), b.id()))
                .map(article -> new JoomlaArticleSummary(article.id(), article.title(), article.categoryId(),
                        article.state(), article.language())).toList();
    }

    @Override
    public Map<Long, String> translationKeys() {
        return site.translationKeys();
    }

    @Override
    public List<JoomlaArticle> articles(Collection<Long> ids) {
        return ids.stream().map(articles::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<String> addressesOf(JoomlaArticle article) {
        WordPressPost post = posts.get(article.id());
        return post == null ? List.of() : site.addressesOf(post);
    }

    /** A WordPress export holds no redirects (the plugins that keep them store them elsewhere). */
    @Override
    public List<Map.Entry<String, String>> redirectLinks() {
        return List.of();
    }

    @Override
    public void close() {
        // Nothing is held open: the export was read into memory.
    }
}
