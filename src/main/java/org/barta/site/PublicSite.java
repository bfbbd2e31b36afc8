package org.barta.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.barta.content.ContentKind;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;
import org.barta.content.Tag;
import org.barta.platform.web.EditorTime;

/** Everything the public site shows, read from published content only. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicSite {

    public static final int PAGE_SIZE = 10;
    static final int MAX_QUERY = 200;
    private static final int FEED_SIZE = 30;
    private static final int HOME_LATEST = 5;
    private static final int HOME_FEW = 3;

    @Inject
    PublishedContentRepository published;

    /** The home page's lists; "upcoming" counts from today in the editors' time zone. */
    public HomePage homePage(Language language) {
        return published.homePage(language, LocalDate.now(EditorTime.zone()), HOME_LATEST, HOME_FEW);
    }

    public Page<ListedItem> listing(ContentKind kind, Language language, int page) {
        int number = Math.max(1, page);
        return Page.of(published.latest(kind, language, offset(number), PAGE_SIZE), number,
                published.count(kind, language), PAGE_SIZE);
    }

    /** An item at its address; the kind in the address must be the item's kind. */
    public Optional<PublishedItem> item(Language language, ContentKind kind, String slug) {
        return published.item(language, kind, slug);
    }

    /** Published items in the same language sharing a tag with this one, newest first. */
    public List<ListedItem> related(PublishedItem item, int max) {
        return published.related(item.id(), item.tagIds(), item.language(), max);
    }

    public Page<ListedItem> archive(Language language, YearMonth month, int page) {
        int number = Math.max(1, page);
        var from = EditorTime.startOf(month.atDay(1));
        var to = EditorTime.startOf(month.plusMonths(1).atDay(1));
        return Page.of(published.between(language, from, to, offset(number), PAGE_SIZE), number,
                published.countBetween(language, from, to), PAGE_SIZE);
    }

    public Optional<Tag> tag(String slug) {
        return published.tag(slug);
    }

    public Page<ListedItem> tagged(Tag tag, Language language, int page) {
        int number = Math.max(1, page);
        return Page.of(published.tagged(tag, language, offset(number), PAGE_SIZE), number,
                published.countTagged(tag, language), PAGE_SIZE);
    }

    /**
     * Ranked full-text search over both languages, its dates in the page's language. Any input is safe: it is only
     * ever a bound parameter.
     */
    public Page<SearchHit> search(String query, int page, Language pageLanguage) {
        String q = Snippets.normalizeQuery(query, MAX_QUERY);
        int number = Math.max(1, page);
        if (Snippets.terms(q).isEmpty()) {
            return new Page<>(List.of(), 1, 1);
        }
        List<PublishedContentRepository.Found> found = published.search(q, offset(number), PAGE_SIZE);
        long total = found.isEmpty() ? (number == 1 ? 0 : published.countSearch(q)) : found.get(0).total();
        List<String> terms = Snippets.terms(q);
        List<SearchHit> hits = found.stream().map(hit -> SearchHit.of(hit, Snippets.around(
                hit.body() == null || hit.body().isBlank() ? hit.summary() : hit.body(), terms), pageLanguage))
                .toList();
        return Page.of(hits, number, total, PAGE_SIZE);
    }

    /** The first row of a page; pages far past the end (whose offset would overflow) start past every row. */
    private static int offset(int number) {
        return (int) Math.min(Integer.MAX_VALUE, (number - 1L) * PAGE_SIZE);
    }

    public List<ContentTranslation> feed(Language language, ContentKind kind) {
        return published.allPublished(language, kind, FEED_SIZE);
    }

    public List<ContentTranslation> everything(Language language) {
        return published.allPublished(language, null, Integer.MAX_VALUE);
    }
}
