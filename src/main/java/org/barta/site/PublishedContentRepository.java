package org.barta.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.barta.content.ContentKind;
import org.barta.content.ContentState;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;
import org.barta.content.Tag;

/** What the public may see: published items only, never drafts, scheduled or archived ones. */
@ApplicationScoped
public class PublishedContentRepository {

    private static final String PUBLISHED = """
            select t from ContentTranslation t join fetch t.item i
            where i.state = org.barta.content.ContentState.PUBLISHED and t.language = :language""";

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    public List<ContentTranslation> latest(ContentKind kind, Language language, int first, int max) {
        return em.createQuery(PUBLISHED + " and i.kind = :kind order by i.publishedAt desc, i.id desc",
                        ContentTranslation.class)
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

    public List<ContentTranslation> upcomingEvents(Language language, LocalDate from, int max) {
        return em.createQuery(PUBLISHED + " and i.kind = :kind and i.event.date >= :from order by i.event.date",
                        ContentTranslation.class)
                .setParameter("language", language).setParameter("kind", ContentKind.EVENT_REPORT)
                .setParameter("from", from).setMaxResults(max).getResultList();
    }

    public Optional<ContentTranslation> bySlug(Language language, String slug) {
        return em.createQuery(PUBLISHED + " and t.slug = :slug", ContentTranslation.class)
                .setParameter("language", language).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Optional<ContentTranslation> translation(long itemId, Language language) {
        return em.createQuery(PUBLISHED + " and i.id = :item", ContentTranslation.class)
                .setParameter("language", language).setParameter("item", itemId)
                .getResultStream().findFirst();
    }

    public List<ContentTranslation> between(Language language, Instant from, Instant to, int first, int max) {
        return em.createQuery(PUBLISHED + " and i.publishedAt >= :from and i.publishedAt < :to"
                        + " and i.kind <> org.barta.content.ContentKind.PAGE order by i.publishedAt desc, i.id desc",
                        ContentTranslation.class)
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

    public List<ContentTranslation> tagged(Tag tag, Language language, int first, int max) {
        return em.createQuery(PUBLISHED + " and :tag member of i.tags order by i.publishedAt desc, i.id desc",
                        ContentTranslation.class)
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
    public List<ContentTranslation> related(long itemId, Collection<Tag> tags, Language language, int max) {
        if (tags.isEmpty()) {
            return List.of();
        }
        return em.createQuery(PUBLISHED + """
                         and i.id <> :item and exists (select g from ContentItem x join x.tags g
                                                       where x = i and g in :tags)
                        order by i.publishedAt desc""", ContentTranslation.class)
                .setParameter("language", language).setParameter("item", itemId).setParameter("tags", tags)
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
     * over published translations in both languages, best match first.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> search(String query, int first, int max) {
        return em.createNativeQuery("""
                        select t.id, match(t.title, t.summary, t.body) against (?1 in natural language mode) as score
                        from content_translation t join content_item i on i.id = t.item_id
                        where i.state = 'PUBLISHED'
                          and match(t.title, t.summary, t.body) against (?1 in natural language mode)
                        order by score desc, i.published_at desc limit ?2 offset ?3""")
                .setParameter(1, query).setParameter(2, max).setParameter(3, first)
                .getResultList();
    }

    public long countSearch(String query) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from content_translation t join content_item i on i.id = t.item_id
                        where i.state = 'PUBLISHED'
                          and match(t.title, t.summary, t.body) against (?1 in natural language mode)""")
                .setParameter(1, query).getSingleResult()).longValue();
    }

    public List<ContentTranslation> translations(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from ContentTranslation t join fetch t.item where t.id in :ids",
                ContentTranslation.class).setParameter("ids", ids).getResultList();
    }
}
