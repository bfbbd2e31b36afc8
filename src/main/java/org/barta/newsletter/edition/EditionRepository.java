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
import org.barta.newsletter.AudienceVisibility;

/** Stores editions and the ordered list of items each carries. */
@ApplicationScoped
public class EditionRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    public Optional<Edition> find(long id) {
        return Optional.ofNullable(em.find(Edition.class, id));
    }

    /** The monthly series' edition for this month, if drafted. */
    public Optional<Edition> monthlyFor(YearMonth month) {
        return em.createQuery("select e from Edition e where e.month = :month and e.series = :monthly", Edition.class)
                .setParameter("month", month.atDay(1)).setParameter("monthly", EditionSeries.MONTHLY)
                .getResultStream().findFirst();
    }

    /** The edition of a public audience with this archive number. */
    public Optional<Edition> publicByNumber(int number) {
        return em.createQuery("select e from Edition e, Audience a where e.number = :number and a.id = e.audienceId"
                        + " and a.visibility = :public", Edition.class)
                .setParameter("number", number).setParameter("public", AudienceVisibility.PUBLIC)
                .getResultStream().findFirst();
    }

    /** The latest edition of the monthly series: the next one covers what was published after it. */
    public Optional<Edition> latestMonthly() {
        return em.createQuery("select e from Edition e where e.series = :monthly order by e.month desc", Edition.class)
                .setParameter("monthly", EditionSeries.MONTHLY).setMaxResults(1).getResultStream().findFirst();
    }

    /** The most recently made edition. */
    public Optional<Edition> latest() {
        return em.createQuery("select e from Edition e order by e.id desc", Edition.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Editions of the monthly series and extra ones (press releases are listed with their statement). */
    public List<Edition> all(int first, int max) {
        return em.createQuery("select e from Edition e where e.series <> :release order by e.month desc, e.id desc",
                        Edition.class)
                .setParameter("release", EditionSeries.RELEASE).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The press releases of a statement, the latest prepared first. */
    public List<Edition> releasesOf(long itemId) {
        return em.createQuery("select e from Edition e where e.contentItemId = :item order by e.id desc", Edition.class)
                .setParameter("item", itemId).getResultList();
    }

    /**
     * Editions newest first (by the month they are filed under, then the latest made), of one series, one audience
     * (leading or further) and one month when these are given.
     */
    public List<Edition> filtered(EditionSeries series, Long audienceId, YearMonth month, int max) {
        return em.createQuery("select e from Edition e where (:series is null or e.series = :series)"
                        + " and (:audience is null or e.audienceId = :audience"
                        + " or e.id in (select x.id from Edition x join x.furtherAudienceIds f where f = :audience))"
                        + " and (:month is null or e.month = :month)"
                        + " order by e.month desc, e.id desc", Edition.class)
                .setParameter("series", series).setParameter("audience", audienceId)
                .setParameter("month", month == null ? null : month.atDay(1))
                .setMaxResults(max).getResultList();
    }

    /**
     * The next archive number. The locking read holds the highest number until the caller commits, so two editors
     * making editions at once get two numbers rather than one refusal.
     */
    public int nextNumber() {
        return ((Number) em.createNativeQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM newsletter_edition FOR UPDATE")
                .getSingleResult()).intValue();
    }

    /** Sent editions of public audiences, newest first: the public archive. */
    public List<Edition> sentPublic(int max) {
        return em.createQuery("select e from Edition e, Audience a where e.state = :sent and a.id = e.audienceId"
                        + " and a.visibility = :public and e.number is not null order by e.number desc", Edition.class)
                .setParameter("sent", EditionState.SENT).setParameter("public", AudienceVisibility.PUBLIC)
                .setMaxResults(max).getResultList();
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
