package org.barta.site;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.barta.content.ContentKind;
import org.barta.content.ContentState;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;
import org.barta.content.Tag;
import org.barta.platform.DataSourceConfiguration;
import org.barta.platform.persistence.Jdbc;

/** What the public may see: published items only, never drafts, scheduled or archived ones. */
@ApplicationScoped
public class PublishedContentRepository {

    private static final String PUBLISHED = """
            select t from ContentTranslation t join fetch t.item i
            where i.state = org.barta.content.ContentState.PUBLISHED and t.language = :language""";

    // Lists never show the body: they select only what a ListedItem holds.
    private static final String LISTED = """
            select new org.barta.site.ListedItem(t.language, t.slug, t.title, t.summary, i.kind, i.publishedAt)
            from ContentTranslation t join t.item i
            where i.state = org.barta.content.ContentState.PUBLISHED and t.language = :language""";

    // The home page's rows in order: section; then event date (upcoming events only, null elsewhere); then
    // newest first. Columns: section, language, slug, title, summary, kind, published_at, event_date, id.
    @SuppressWarnings("unchecked")
    private static final Comparator<Object[]> HOME_ORDER = Comparator
            .<Object[]>comparingInt(row -> ((Number) row[0]).intValue())
            .thenComparing(row -> (Comparable<Object>) row[7], Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(row -> (Comparable<Object>) row[6], Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(row -> ((Number) row[8]).longValue(), Comparator.reverseOrder());

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    /**
     * The home page, item page and search statements (SQL of their own already) go straight to the data source:
     * through EclipseLink's native queries each cost a unit of work and its bookkeeping, 3.7-5 % of the home and
     * item pages' CPU (bench/README.md, "Uncached pages"). Guarded by PublicSiteIT.
     */
    private Jdbc sql;

    @PostConstruct
    void connect() {
        sql = new Jdbc(dataSource, "published content");
    }

    public List<ListedItem> latest(ContentKind kind, Language language, int first, int max) {
        return em.createQuery(LISTED + " and i.kind = :kind order by i.publishedAt desc, i.id desc",
                        ListedItem.class)
                .setParameter("language", language).setParameter("kind", kind)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(ContentKind kind, Language language) {
        return em.createQuery("""
                        select count(t) from ContentTranslation t join t.item i
                        where i.state = :published and t.language = :language and i.kind = :kind""", Long.class)
                .setParameter("published", ContentState.PUBLISHED).setParameter("language", language)
                .setParameter("kind", kind).getSingleResult();
    }

    /**
     * The home page's five lists in one statement (each branch reads the listing index): the latest press
     * statements, editorials, events from {@code today} on, recent events and reports. One round trip and one
     * statement to parse and plan instead of five: for statements this small, parsing and planning cost more than
     * reading. The union has no outer ORDER BY (that would put it in a temporary table); rows are put in order here.
     */
    public HomePage homePage(Language language, LocalDate today, int latest, int few) {
        List<Object[]> rows = sql.rows("""
                (%s and i.kind = 'PRESS_STATEMENT' order by i.published_at desc, i.id desc limit ?)
                union all
                (%s and i.kind = 'EDITORIAL' order by i.published_at desc, i.id desc limit ?)
                union all
                (%s and i.kind = 'EVENT_REPORT' and i.event_date >= ?
                 order by i.event_date, i.published_at desc, i.id desc limit ?)
                union all
                (%s and i.kind = 'EVENT_REPORT' order by i.published_at desc, i.id desc limit ?)
                union all
                (%s and i.kind = 'REPORT' order by i.published_at desc, i.id desc limit ?)""".formatted(
                homeBranch(0), homeBranch(1), homeBranch(2), homeBranch(3), homeBranch(4)), statement -> {
                    int p = 1;
                    for (int section = 0; section < 5; section++) {
                        statement.setString(p++, language.code());
                        if (section == 2) {
                            statement.setDate(p++, Date.valueOf(today));
                        }
                        statement.setInt(p++, section == 0 ? latest : few);
                    }
                });
        rows.sort(HOME_ORDER);
        List<List<ListedItem>> sections = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sections.add(new ArrayList<>());
        }
        for (Object[] row : rows) {
            sections.get(((Number) row[0]).intValue()).add(new ListedItem(
                    Language.fromCode((String) row[1]).orElseThrow(), (String) row[2], (String) row[3],
                    (String) row[4], ContentKind.valueOf((String) row[5]), instant(row[6])));
        }
        return new HomePage(sections.get(0), sections.get(1), sections.get(2), sections.get(3), sections.get(4));
    }

    /** DATETIME columns hold UTC (the connection's zone); the driver gives them as LocalDateTime. */
    static Instant instant(Object value) {
        return value == null ? null : ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }

    private static String homeBranch(int section) {
        // Only upcoming events sort by their date; the other sections leave it null.
        String eventDate = section == 2 ? "i.event_date" : "cast(null as date)";
        return """
                select %d as section, t.language, t.slug, t.title, t.summary, i.kind, i.published_at, %s as event_date, i.id
                from content_translation t join content_item i on i.id = t.item_id
                where i.state = 'PUBLISHED' and t.language = ?""".formatted(section, eventDate);
    }

    /** The published item of this kind with this slug in this language, as its page shows it. */
    public Optional<PublishedItem> item(Language language, ContentKind kind, String slug) {
        List<Object[]> rows = sql.rows(PublishedItemRow.ITEM, statement -> {
            statement.setString(1, language.other().code());
            statement.setString(2, language.code());
            statement.setString(3, slug);
            statement.setString(4, kind.name());
        });
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] item = rows.get(0);
        long id = PublishedItemRow.id(item);
        List<Object[]> tags = PublishedItemRow.hasTags(item)
                ? sql.rows(PublishedItemRow.TAGS, statement -> statement.setLong(1, id)) : List.of();
        List<Object[]> attachments = PublishedItemRow.hasAttachments(item)
                ? sql.rows(PublishedItemRow.ATTACHMENTS, statement -> statement.setLong(1, id)) : List.of();
        return Optional.of(PublishedItemRow.read(item, tags, attachments, language, kind, slug));
    }

    public List<ListedItem> between(Language language, Instant from, Instant to, int first, int max) {
        return em.createQuery(LISTED + " and i.publishedAt >= :from and i.publishedAt < :to"
                        + " and i.kind <> org.barta.content.ContentKind.PAGE order by i.publishedAt desc, i.id desc",
                        ListedItem.class)
                .setParameter("language", language).setParameter("from", from).setParameter("to", to)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countBetween(Language language, Instant from, Instant to) {
        return em.createQuery("""
                        select count(t) from ContentTranslation t join t.item i
                        where i.state = :published and t.language = :language and i.publishedAt >= :from
                          and i.publishedAt < :to and i.kind <> org.barta.content.ContentKind.PAGE""", Long.class)
                .setParameter("published", ContentState.PUBLISHED).setParameter("language", language)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    public Optional<Tag> tag(String slug) {
        return em.createQuery("select t from Tag t where t.slug = :slug", Tag.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public List<ListedItem> tagged(Tag tag, Language language, int first, int max) {
        return em.createQuery(LISTED + " and :tag member of i.tags order by i.publishedAt desc, i.id desc",
                        ListedItem.class)
                .setParameter("language", language).setParameter("tag", tag)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countTagged(Tag tag, Language language) {
        return em.createQuery("""
                        select count(t) from ContentTranslation t join t.item i
                        where i.state = :published and t.language = :language and :tag member of i.tags""", Long.class)
                .setParameter("published", ContentState.PUBLISHED).setParameter("language", language)
                .setParameter("tag", tag).getSingleResult();
    }

    /** Other published items sharing a tag with this one, newest first. */
    public List<ListedItem> related(long itemId, Collection<Long> tagIds, Language language, int max) {
        if (tagIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(LISTED + """
                         and i.id <> :item and exists (select g from ContentItem x join x.tags g
                                                       where x = i and g.id in :tags)
                        order by i.publishedAt desc""", ListedItem.class)
                .setParameter("language", language).setParameter("item", itemId).setParameter("tags", tagIds)
                .setMaxResults(max).getResultList();
    }

    /** Every published translation, for feeds (newest first) and the sitemap. */
    public List<ContentTranslation> allPublished(Language language, ContentKind kind, int max) {
        String kindFilter = kind == null ? "" : " and i.kind = :kind";
        var query = em.createQuery(PUBLISHED + kindFilter + " order by i.publishedAt desc, i.id desc",
                ContentTranslation.class).setParameter("language", language).setMaxResults(max);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.getResultList();
    }

    /**
     * Full-text search (MySQL/MariaDB FULLTEXT, natural language mode, so operators in the query mean nothing)
     * over published translations in both languages, best match first. One statement gives the page's rows and,
     * in each row, how many match in all (a window count: the index is searched once, not once more to count).
     */
    public List<Found> search(String query, int first, int max) {
        List<Object[]> rows = sql.rows("""
                select t.language, t.slug, t.title, t.summary, t.body, i.kind, i.published_at,
                       count(*) over () as total
                from content_translation t join content_item i on i.id = t.item_id
                where i.state = 'PUBLISHED'
                  and match(t.title, t.summary, t.body) against (? in natural language mode)
                order by match(t.title, t.summary, t.body) against (? in natural language mode) desc,
                         i.published_at desc, t.id desc
                limit ? offset ?""", statement -> {
                    statement.setString(1, query);
                    statement.setString(2, query);
                    statement.setInt(3, max);
                    statement.setInt(4, first);
                });
        return rows.stream().map(row -> new Found(Language.fromCode((String) row[0]).orElseThrow(), (String) row[1],
                (String) row[2], (String) row[3], (String) row[4], ContentKind.valueOf((String) row[5]),
                instant(row[6]), ((Number) row[7]).longValue())).toList();
    }

    /** A translation a search found, with how many the search found in all. */
    public record Found(Language language, String slug, String title, String summary, String body, ContentKind kind,
            Instant publishedAt, long total) {
    }

    /** How many published translations match; asked only for a page past the last (which has no rows to say). */
    public long countSearch(String query) {
        return ((Number) sql.rows("""
                select count(*) from content_translation t join content_item i on i.id = t.item_id
                where i.state = 'PUBLISHED'
                  and match(t.title, t.summary, t.body) against (? in natural language mode)""",
                statement -> statement.setString(1, query)).get(0)[0]).longValue();
    }
}
