package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores and finds audiences, and counts their members. */
@ApplicationScoped
public class AudienceRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    public List<Audience> all() {
        return em.createQuery("select a from Audience a order by a.id", Audience.class).getResultList();
    }

    public List<Audience> publicOnes() {
        return em.createQuery("select a from Audience a where a.visibility = :public order by a.id", Audience.class)
                .setParameter("public", AudienceVisibility.PUBLIC).getResultList();
    }

    public Optional<Audience> find(long id) {
        return Optional.ofNullable(em.find(Audience.class, id));
    }

    public Optional<Audience> byCode(String code) {
        return em.createQuery("select a from Audience a where a.code = :code", Audience.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** The audience an edition went to. */
    /** Every audience a send (edition or press release) went to; empty when the send is not known. */
    public List<Audience> ofSend(long editionId) {
        return em.createQuery("select a from Audience a, Edition e where e.id = :edition and (a.id = e.audienceId"
                        + " or a.id in (select f from Edition x join x.furtherAudienceIds f where x.id = :edition))"
                        + " order by a.id", Audience.class)
                .setParameter("edition", editionId).getResultList();
    }

    public void add(Audience audience) {
        em.persist(audience);
        em.flush();
    }

    /** Confirmed members whose address is confirmed: whom a send to the audience reaches (as the ledger selects them). */
    public long reachable(Collection<Long> audienceIds) {
        return em.createQuery("select count(distinct m.subscriber.id) from AudienceMember m where m.audience.id in :audiences"
                        + " and m.status = :confirmed and m.subscriber.status = :confirmedAddress", Long.class)
                .setParameter("audiences", audienceIds).setParameter("confirmed", MemberStatus.CONFIRMED)
                .setParameter("confirmedAddress", SubscriberStatus.CONFIRMED).getSingleResult();
    }

    /** How many members left from each of these sends' mail (and have not come back), in one query. */
    public Map<Long, Long> leftWith(Collection<Long> editionIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!editionIds.isEmpty()) {
            em.createQuery("select m.leftWithEditionId, count(m) from AudienceMember m where m.leftWithEditionId in :ids"
                            + " group by m.leftWithEditionId", Object[].class)
                    .setParameter("ids", List.copyOf(editionIds)).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** Members per audience and status, in one query. */
    public Map<Long, Map<MemberStatus, Long>> memberCounts() {
        Map<Long, Map<MemberStatus, Long>> counts = new HashMap<>();
        em.createQuery("select m.audience.id, m.status, count(m) from AudienceMember m group by m.audience.id, m.status",
                Object[].class).getResultList().forEach(row -> counts
                .computeIfAbsent((Long) row[0], id -> new EnumMap<>(MemberStatus.class))
                .put((MemberStatus) row[1], (Long) row[2]));
        return counts;
    }
}
