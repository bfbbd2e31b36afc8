package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Objects;
import java.util.Optional;
import java.time.Instant;
import org.barta.content.ContentItem;
import org.barta.content.ContentKind;

/** Stores editions and the ordered list of items each carries. */
@ApplicationScoped
public class EditionRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    public Optional<Edition> find(long id) {
        return Optional.ofNullable(em.find(Edition.class, id));
    }

    public Optional<Edition> forMonth(YearMonth month) {
        return em.createQuery("select e from Edition e where e.month = :month", Edition.class)
                .setParameter("month", month.atDay(1)).getResultStream().findFirst();
    }

    public Optional<Edition> byNumber(int number) {
        return em.createQuery("select e from Edition e where e.number = :number", Edition.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    public Optional<Edition> latest() {
        return em.createQuery("select e from Edition e order by e.number desc", Edition.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<Edition> all(int first, int max) {
        return em.createQuery("select e from Edition e order by e.number desc", Edition.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Sent editions, newest first: the public archive. */
    public List<Edition> sent(int max) {
        return em.createQuery("select e from Edition e where e.state = :sent order by e.number desc", Edition.class)
                .setParameter("sent", EditionState.SENT).setMaxResults(max).getResultList();
    }

    /** Editions whose send is under way (or paused): each instance's dispatcher looks for these. */
    public List<Long> sending() {
        return em.createQuery("select e.id from Edition e where e.state = :sending", Long.class)
                .setParameter("sending", EditionState.SENDING).getResultList();
    }

    /** The items with these ids, in the given order; ids of deleted items are left out. */
    public List<ContentItem> items(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ContentItem> byId = new HashMap<>();
        em.createQuery("select i from ContentItem i where i.id in :ids", ContentItem.class)
                .setParameter("ids", ids).getResultList().forEach(i -> byId.put(i.getId(), i));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** What was published in a period, for a new edition: statements, editorials, events and reports. */
    public List<Long> publishedBetween(Instant from, Instant to) {
        return em.createQuery("""
                        select i.id from ContentItem i
                        where i.state = org.barta.content.ContentState.PUBLISHED
                          and i.publishedAt >= :from and i.publishedAt < :to and i.kind in :kinds
                        order by i.kind, i.publishedAt desc""", Long.class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("kinds", List.of(ContentKind.PRESS_STATEMENT, ContentKind.EDITORIAL,
                        ContentKind.EVENT_REPORT, ContentKind.REPORT))
                .getResultList();
    }

    /** Ids of the most recently published items of any kind but plain pages. */
    public List<Long> recentlyPublished(int max) {
        return em.createQuery("select i.id from ContentItem i where i.state = org.barta.content.ContentState.PUBLISHED "
                        + "and i.kind <> org.barta.content.ContentKind.PAGE order by i.publishedAt desc", Long.class)
                .setMaxResults(max).getResultList();
    }

    public void add(Edition edition) {
        em.persist(edition);
        em.flush();
    }

    public List<Long> itemIds(long editionId) {
        return em.createNativeQuery(
                        "SELECT item_id FROM newsletter_edition_item WHERE edition_id = ? ORDER BY position")
                .setParameter(1, editionId).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Replaces the edition's items with these, in this order. */
    public void replaceItems(long editionId, List<Long> itemIds) {
        em.createNativeQuery("DELETE FROM newsletter_edition_item WHERE edition_id = ?")
                .setParameter(1, editionId).executeUpdate();
        int position = 0;
        for (Long itemId : itemIds) {
            em.createNativeQuery("INSERT INTO newsletter_edition_item (edition_id, item_id, position) VALUES (?, ?, ?)")
                    .setParameter(1, editionId).setParameter(2, itemId).setParameter(3, position++).executeUpdate();
        }
    }

    /**
     * Moves an approved edition into SENDING, once: the conditional update is what makes starting a send
     * idempotent (a second firing finds the edition no longer APPROVED). Returns whether this call started it.
     */
    public boolean markSending(long editionId) {
        return em.createNativeQuery("""
                        UPDATE newsletter_edition SET state = 'SENDING', send_started_at = UTC_TIMESTAMP(3),
                               updated_at = UTC_TIMESTAMP(3), version = version + 1
                        WHERE id = ? AND state = 'APPROVED'""")
                .setParameter(1, editionId).executeUpdate() == 1;
    }

    /** Moves the edition from one state to another if it is still in the first; returns whether it did. */
    public boolean transition(long editionId, EditionState from, EditionState to) {
        String finished = to == EditionState.SENT || to == EditionState.CANCELLED
                ? ", send_finished_at = UTC_TIMESTAMP(3)" : "";
        return em.createNativeQuery("UPDATE newsletter_edition SET state = ?, updated_at = UTC_TIMESTAMP(3), "
                        + "version = version + 1" + finished + " WHERE id = ? AND state = ?")
                .setParameter(1, to.name()).setParameter(2, editionId).setParameter(3, from.name())
                .executeUpdate() == 1;
    }
}
