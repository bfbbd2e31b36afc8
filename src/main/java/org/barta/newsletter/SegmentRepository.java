package org.barta.newsletter;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.barta.platform.DataSourceConfiguration;
import org.barta.platform.persistence.Jdbc;

/** Stores saved segments and counts who they reach. */
@ApplicationScoped
public class SegmentRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Jdbc sql;

    @PostConstruct
    void connect() {
        sql = new Jdbc(dataSource, "segments");
    }

    public void add(AudienceSegment segment) {
        em.persist(segment);
        em.flush();
    }

    public void remove(AudienceSegment segment) {
        em.remove(segment);
    }

    public Optional<AudienceSegment> find(long id) {
        return Optional.ofNullable(em.find(AudienceSegment.class, id));
    }

    public Optional<AudienceSegment> byName(long audienceId, String name) {
        return em.createQuery("select g from AudienceSegment g where g.audienceId = :audience and g.name = :name",
                        AudienceSegment.class)
                .setParameter("audience", audienceId).setParameter("name", name).getResultStream().findFirst();
    }

    public List<AudienceSegment> forAudiences(Collection<Long> audienceIds) {
        return audienceIds.isEmpty() ? List.of() : em.createQuery(
                        "select g from AudienceSegment g where g.audienceId in :audiences order by g.name",
                        AudienceSegment.class).setParameter("audiences", audienceIds).getResultList();
    }

    /** Whether a send (a release) names the segment: then it stays, as the record of whom that send was for. */
    public boolean isNamedBySend(long segmentId) {
        return sql.query("SELECT COUNT(*) FROM edition_segment WHERE segment_id = ?",
                statement -> statement.setLong(1, segmentId), row -> row.getLong(1)).get(0) > 0;
    }

    /**
     * How many different confirmed addresses a send reaches through these whole audiences and these segments (each
     * of its own audience), counted as the ledger would queue them: one copy each.
     */
    public long reach(Collection<Long> wholeAudiences, Collection<AudienceSegment> through) {
        List<String> sources = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (!wholeAudiences.isEmpty()) {
            sources.add("m.audience_id IN (" + String.join(",", Collections.nCopies(wholeAudiences.size(), "?")) + ")");
            parameters.addAll(wholeAudiences);
        }
        for (AudienceSegment segment : through) {
            SegmentPredicate predicate = segment.predicate();
            sources.add("(m.audience_id = ? AND " + predicate.sql() + ")");
            parameters.add(segment.getAudienceId());
            parameters.addAll(predicate.parameters());
        }
        if (sources.isEmpty()) {
            return 0;
        }
        return sql.query("""
                SELECT COUNT(DISTINCT s.id) FROM audience_member m
                JOIN subscriber s ON s.id = m.subscriber_id AND s.status = 'CONFIRMED'
                WHERE m.status = 'CONFIRMED' AND (%s)""".formatted(String.join(" OR ", sources)), statement -> {
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                }, row -> row.getLong(1)).get(0);
    }

    public List<AudienceSegment> forAudience(long audienceId) {
        return em.createQuery("select g from AudienceSegment g where g.audienceId = :audience order by g.name",
                AudienceSegment.class).setParameter("audience", audienceId).getResultList();
    }

    /** The confirmed members of the segment's audience its predicate matches: the statement a send would use. */
    public long countConfirmed(AudienceSegment segment) {
        return reach(List.of(), List.of(segment));
    }
}
