package org.barta.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores and finds content items. */
@ApplicationScoped
public class ContentRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    public void add(ContentItem item) {
        em.persist(item);
    }

    public Optional<ContentItem> find(long id) {
        return Optional.ofNullable(em.find(ContentItem.class, id));
    }

    /** The newest published items of a kind that have text in the given language. */
    public List<ContentTranslation> latestPublished(ContentKind kind, Language language, int limit) {
        return em.createQuery("""
                        select t from ContentTranslation t join fetch t.item i
                        where i.kind = :kind and i.state = :published and t.language = :language
                        order by i.publishedAt desc, i.id desc""", ContentTranslation.class)
                .setParameter("kind", kind)
                .setParameter("published", ContentState.PUBLISHED)
                .setParameter("language", language)
                .setMaxResults(limit)
                .getResultList();
    }

    public Map<ContentState, Long> countByState() {
        Map<ContentState, Long> counts = new EnumMap<>(ContentState.class);
        for (ContentState state : ContentState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("select i.state, count(i) from ContentItem i group by i.state", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((ContentState) row[0], (Long) row[1]));
        return counts;
    }
}
