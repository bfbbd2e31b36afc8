package org.barta.newsletter;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.barta.platform.DataSourceConfiguration;
import org.barta.platform.persistence.Jdbc;

/** Stores saved segments and counts who they reach. */
@ApplicationScoped
public class SegmentRepository {

    /** Reached as a send reaches: a confirmed member whose address is confirmed. */
    private static final String COUNT = """
            SELECT COUNT(*) FROM audience_member m
            JOIN subscriber s ON s.id = m.subscriber_id AND s.status = 'CONFIRMED'
            WHERE m.audience_id = ? AND m.status = 'CONFIRMED' AND (""";

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

    public List<AudienceSegment> forAudience(long audienceId) {
        return em.createQuery("select g from AudienceSegment g where g.audienceId = :audience order by g.name",
                AudienceSegment.class).setParameter("audience", audienceId).getResultList();
    }

    /** The confirmed members of the segment's audience its predicate matches: the statement a send would use. */
    public long countConfirmed(AudienceSegment segment) {
        SegmentPredicate predicate = segment.predicate();
        return sql.query(COUNT + predicate.sql() + ")", statement -> {
            statement.setLong(1, segment.getAudienceId());
            for (int i = 0; i < predicate.parameters().size(); i++) {
                statement.setObject(2 + i, predicate.parameters().get(i));
            }
        }, row -> row.getLong(1)).get(0);
    }
}
