package org.barta.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores and finds content items, their revisions and tags. */
@ApplicationScoped
public class ContentRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "updatedAt", "i.updatedAt", "createdAt", "i.createdAt", "publishedAt", "i.publishedAt",
            "kind", "i.kind", "state", "i.state");

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    public void add(ContentItem item) {
        em.persist(item);
    }

    public void flush() {
        em.flush();
    }

    public Optional<ContentItem> find(long id) {
        return Optional.ofNullable(em.find(ContentItem.class, id));
    }

    public boolean slugTaken(Language language, String slug, Long excludingItemId) {
        return !em.createQuery("""
                        select t.id from ContentTranslation t
                        where t.language = :language and t.slug = :slug and (:item is null or t.item.id <> :item)""",
                        Long.class)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .setParameter("item", excludingItemId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    public Map<ContentState, Long> countByState(Long onlyOwnAndPublishedOf) {
        Map<ContentState, Long> counts = new EnumMap<>(ContentState.class);
        for (ContentState state : ContentState.values()) {
            counts.put(state, 0L);
        }
        visible(em.createQuery("select i.state, count(i) from ContentItem i" + visibleWhere(onlyOwnAndPublishedOf)
                        + " group by i.state", Object[].class), onlyOwnAndPublishedOf)
                .getResultList()
                .forEach(row -> counts.put((ContentState) row[0], (Long) row[1]));
        return counts;
    }

    public List<ContentItem> recentlyEdited(int limit, Long onlyOwnAndPublishedOf) {
        return visible(em.createQuery("select i from ContentItem i" + visibleWhere(onlyOwnAndPublishedOf)
                        + " order by i.updatedAt desc, i.id desc", ContentItem.class), onlyOwnAndPublishedOf)
                .setMaxResults(limit).getResultList();
    }

    public List<ContentItem> scheduledNext(int limit, Long onlyOwnAndPublishedOf) {
        String where = onlyOwnAndPublishedOf == null ? "" : " and i.createdBy.id = :viewer";
        TypedQuery<ContentItem> query = em.createQuery("select i from ContentItem i where i.state = :scheduled"
                        + where + " order by i.scheduledFor", ContentItem.class)
                .setParameter("scheduled", ContentState.SCHEDULED);
        if (onlyOwnAndPublishedOf != null) {
            query.setParameter("viewer", onlyOwnAndPublishedOf);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** An author's view of the item tables: their own items and published ones, nobody else's drafts. */
    private static String visibleWhere(Long onlyOwnAndPublishedOf) {
        return onlyOwnAndPublishedOf == null ? "" : " where (i.createdBy.id = :viewer or i.state = :published)";
    }

    private static <T> TypedQuery<T> visible(TypedQuery<T> query, Long onlyOwnAndPublishedOf) {
        if (onlyOwnAndPublishedOf != null) {
            query.setParameter("viewer", onlyOwnAndPublishedOf).setParameter("published", ContentState.PUBLISHED);
        }
        return query;
    }

    public List<ContentItem> search(ItemQuery query, Long onlyOwnAndPublishedOf, int first, int max,
                                    String sortField, boolean ascending) {
        String order = SORTABLE.getOrDefault(sortField, "i.updatedAt") + (ascending ? " asc" : " desc") + ", i.id desc";
        return build(query, onlyOwnAndPublishedOf, "select i from ContentItem i", ContentItem.class, " order by " + order)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(ItemQuery query, Long onlyOwnAndPublishedOf) {
        return build(query, onlyOwnAndPublishedOf, "select count(i) from ContentItem i", Long.class, "")
                .getSingleResult();
    }

    private <T> TypedQuery<T> build(ItemQuery q, Long onlyOwnAndPublishedOf, String select, Class<T> type,
                                    String order) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (onlyOwnAndPublishedOf != null) {
            where.add("(i.createdBy.id = :viewer or i.state = :published)");
            parameters.put("viewer", onlyOwnAndPublishedOf);
            parameters.put("published", ContentState.PUBLISHED);
        }
        if (q.kind() != null) {
            where.add("i.kind = :kind");
            parameters.put("kind", q.kind());
        }
        if (q.state() != null) {
            where.add("i.state = :state");
            parameters.put("state", q.state());
        }
        if (q.language() != null) {
            where.add("exists (select t from ContentTranslation t where t.item = i and t.language = :language)");
            parameters.put("language", q.language());
        }
        if (q.tagId() != null) {
            where.add("exists (select g from ContentItem x join x.tags g where x = i and g.id = :tag)");
            parameters.put("tag", q.tagId());
        }
        if (q.authorId() != null) {
            where.add("i.createdBy.id = :author");
            parameters.put("author", q.authorId());
        }
        if (q.updatedFrom() != null) {
            where.add("i.updatedAt >= :from");
            parameters.put("from", q.updatedFrom());
        }
        if (q.updatedTo() != null) {
            where.add("i.updatedAt < :to");
            parameters.put("to", q.updatedTo());
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.add("exists (select t from ContentTranslation t where t.item = i and lower(t.title) like :text)");
            parameters.put("text", "%" + q.text().strip().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> typed = em.createQuery(jpql, type);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    /** Whether a published item shows this media file, attaches it or links it in its text. */
    public boolean publishedItemUses(long mediaId, String storageKey) {
        return uses("i.state = 'PUBLISHED'", null, mediaId, storageKey);
    }

    /** Whether this item shows or links the file: featured image, report, attachment or in a translation's text. */
    public boolean itemUses(long itemId, long mediaId, String storageKey) {
        return uses("i.id = ?3", itemId, mediaId, storageKey);
    }

    private boolean uses(String which, Long itemId, long mediaId, String storageKey) {
        var query = em.createNativeQuery("""
                        select count(*) from content_item i
                        where %s
                          and (i.featured_image_id = ?1 or i.report_file_id = ?1
                            or exists (select 1 from content_attachment a where a.item_id = i.id and a.media_id = ?1)
                            or exists (select 1 from content_translation b where b.item_id = i.id and b.body like ?2))"""
                        .formatted(which))
                .setParameter(1, mediaId)
                .setParameter(2, "%/media/" + storageKey + "%");
        if (itemId != null) {
            query.setParameter(3, itemId);
        }
        return ((Number) query.getSingleResult()).longValue() > 0;
    }

    public int lastRevisionNumber(long itemId) {
        Integer last = em.createQuery("select max(r.number) from ContentRevision r where r.itemId = :item",
                        Integer.class)
                .setParameter("item", itemId).getSingleResult();
        return last == null ? 0 : last;
    }

    public void addRevision(ContentRevision revision) {
        em.persist(revision);
    }

    public List<ContentRevision> revisions(long itemId) {
        return em.createQuery("select r from ContentRevision r where r.itemId = :item order by r.number desc",
                        ContentRevision.class)
                .setParameter("item", itemId).getResultList();
    }

    public Optional<ContentRevision> revision(long itemId, int number) {
        return em.createQuery("select r from ContentRevision r where r.itemId = :item and r.number = :number",
                        ContentRevision.class)
                .setParameter("item", itemId).setParameter("number", number)
                .getResultStream().findFirst();
    }

    public Set<Tag> tags(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(em.createQuery("select t from Tag t where t.id in :ids", Tag.class)
                .setParameter("ids", ids).getResultList());
    }

    public List<Tag> allTags() {
        return em.createQuery("select t from Tag t order by t.labelEn", Tag.class).getResultList();
    }

    public Optional<Tag> tagBySlug(String slug) {
        return em.createQuery("select t from Tag t where t.slug = :slug", Tag.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public void addTag(Tag tag) {
        em.persist(tag);
    }
}
