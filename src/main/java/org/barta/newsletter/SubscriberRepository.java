package org.barta.newsletter;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.barta.platform.DataSourceConfiguration;

/** Stores and finds subscribers. */
@ApplicationScoped
public class SubscriberRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "email", "s.email", "status", "s.status", "language", "s.language", "source", "s.source",
            "createdAt", "s.createdAt", "confirmedAt", "s.confirmedAt");

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    public Optional<Subscriber> byEmail(String email) {
        return em.createQuery("select s from Subscriber s where s.email = :email", Subscriber.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    public Optional<Subscriber> find(long id) {
        return Optional.ofNullable(em.find(Subscriber.class, id));
    }

    /**
     * Addresses with a membership waiting for confirmation, given after {@code consentedAfter}, whose confirmation
     * mail has not gone out yet (the relay was down, or an import asked for it), oldest first.
     */
    public List<Subscriber> awaitingConfirmationMail(Instant consentedAfter, int max) {
        return em.createQuery("""
                        select s from Subscriber s
                        where s.confirmationSentAt is null
                          and s.status in (org.barta.newsletter.SubscriberStatus.PENDING,
                                           org.barta.newsletter.SubscriberStatus.CONFIRMED)
                          and s.id in (select m.subscriber.id from AudienceMember m
                                       where m.status = org.barta.newsletter.MemberStatus.PENDING
                                         and m.consent.at > :after)
                        order by s.id""", Subscriber.class)
                .setParameter("after", consentedAfter).setMaxResults(max).getResultList();
    }

    public void add(Subscriber subscriber) {
        em.persist(subscriber);
        em.flush();
    }

    public void remove(Subscriber subscriber) {
        em.remove(subscriber);
    }

    public List<Subscriber> search(SubscriberQuery query, int first, int max, String sortField, boolean ascending) {
        String order = (sortField == null ? "s.createdAt" : SORTABLE.getOrDefault(sortField, "s.createdAt")) + (ascending ? " asc" : " desc") + ", s.id desc";
        return build(query, "select s from Subscriber s", Subscriber.class, null, " order by " + order)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(SubscriberQuery query) {
        return build(query, "select count(s) from Subscriber s", Long.class, null, "").getSingleResult();
    }

    /** The next rows after {@code afterId} in id order: lets an export walk any number of rows in bounded memory. */
    public List<Subscriber> pageAfter(SubscriberQuery query, long afterId, int max) {
        return build(query, "select s from Subscriber s", Subscriber.class, afterId, " order by s.id").setMaxResults(max).getResultList();
    }

    public Map<SubscriberStatus, Long> countByStatus() {
        Map<SubscriberStatus, Long> counts = new EnumMap<>(SubscriberStatus.class);
        for (SubscriberStatus status : SubscriberStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select s.status, count(s) from Subscriber s group by s.status", Object[].class)
                .getResultList().forEach(row -> counts.put((SubscriberStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Those of these addresses already on the list, by address, with their memberships: one query for a chunk. */
    public Map<String, Subscriber> withMemberships(Collection<String> emails) {
        Map<String, Subscriber> known = new HashMap<>();
        if (emails.isEmpty()) {
            return known;
        }
        em.createQuery("select distinct s from Subscriber s left join fetch s.memberships where s.email in :emails",
                        Subscriber.class)
                .setParameter("emails", emails).getResultList().forEach(s -> known.put(s.getEmail(), s));
        return known;
    }

    /**
     * Inserts imported addresses with one batched JDBC statement (the driver rewrites it into multi-row INSERTs),
     * then their memberships of the audience in one more: JPA cannot batch rows whose ids the database generates.
     * Throws on a duplicate address, so the caller's transaction rolls back whole.
     */
    public void insertImported(List<ImportCandidate> rows, String audienceCode, SubscriberStatus status, Instant at,
                               String consentNote) {
        String sql = """
                insert into subscriber (email, name, language, status, source, link_nonce, created_at, confirmed_at,
                                        consent_at, consent_note, organisation, beat, district, country, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
        Timestamp time = Timestamp.from(at);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            for (ImportCandidate row : rows) {
                insert.setString(1, row.email());
                if (row.name() == null) {
                    insert.setNull(2, Types.VARCHAR);
                } else {
                    insert.setString(2, row.name());
                }
                insert.setString(3, row.language().code());
                insert.setString(4, status.name());
                insert.setString(5, SubscriptionSource.IMPORT.name());
                insert.setString(6, Subscriber.newNonce());
                insert.setTimestamp(7, time);
                if (status == SubscriberStatus.CONFIRMED) {
                    insert.setTimestamp(8, time);
                } else {
                    insert.setNull(8, Types.TIMESTAMP);
                }
                insert.setTimestamp(9, time);
                insert.setString(10, consentNote);
                SubscriberProfile profile = row.profile();
                insert.setString(11, profile.organisation());
                insert.setString(12, profile.beat());
                insert.setString(13, profile.district());
                insert.setString(14, profile.country());
                insert.addBatch();
            }
            insert.executeBatch();
            joinImported(connection, rows, audienceCode, time, consentNote);
            tagImported(connection, rows);
        } catch (SQLException e) {
            throw new ImportChunkConflict(e);
        }
    }

    private static void tagImported(Connection connection, List<ImportCandidate> rows) throws SQLException {
        try (PreparedStatement tag = connection.prepareStatement(
                "insert into subscriber_tag (subscriber_id, tag) select id, ? from subscriber where email = ?")) {
            boolean any = false;
            for (ImportCandidate row : rows) {
                for (String one : row.profile().tags()) {
                    tag.setString(1, one);
                    tag.setString(2, row.email());
                    tag.addBatch();
                    any = true;
                }
            }
            if (any) {
                tag.executeBatch();
            }
        }
    }

    /** The tags of these subscribers, in one query: an export reads a thousand rows at a time. */
    public Map<Long, List<String>> tagsOf(Collection<Long> subscriberIds) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (!subscriberIds.isEmpty()) {
            em.createQuery("select s.id, t from Subscriber s join s.tags t where s.id in :ids order by s.id, t",
                            Object[].class)
                    .setParameter("ids", List.copyOf(subscriberIds)).getResultList()
                    .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        }
        return tags;
    }

    private static void joinImported(Connection connection, List<ImportCandidate> rows, String audienceCode,
                                     Timestamp at, String consentNote) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String in = String.join(",", Collections.nCopies(rows.size(), "?"));
        try (PreparedStatement join = connection.prepareStatement("""
                insert into audience_member (audience_id, subscriber_id, status, source, created_at, confirmed_at,
                                             consent_at, consent_note)
                select a.id, s.id, s.status, s.source, ?, s.confirmed_at, ?, ?
                from subscriber s join audience a on a.code = ?
                where s.email in (""" + in + ")")) {
            join.setTimestamp(1, at);
            join.setTimestamp(2, at);
            join.setString(3, consentNote);
            join.setString(4, audienceCode);
            for (int i = 0; i < rows.size(); i++) {
                join.setString(5 + i, rows.get(i).email());
            }
            join.executeUpdate();
        }
    }

    private <T> TypedQuery<T> build(SubscriberQuery q, String select, Class<T> type, Long afterId, String order) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (afterId != null) {
            where.add("s.id > :after");
            parameters.put("after", afterId);
        }
        if (q.status() != null) {
            where.add("s.status = :status");
            parameters.put("status", q.status());
        }
        if (q.audienceId() != null) {
            where.add("exists (select m from AudienceMember m where m.subscriber = s and m.audience.id = :audience"
                    + " and m.status in :active)");
            parameters.put("audience", q.audienceId());
            parameters.put("active", List.of(MemberStatus.PENDING, MemberStatus.CONFIRMED));
        }
        if (q.language() != null) {
            where.add("s.language = :language");
            parameters.put("language", q.language());
        }
        if (q.source() != null) {
            where.add("s.source = :source");
            parameters.put("source", q.source());
        }
        if (q.createdFrom() != null) {
            where.add("s.createdAt >= :from");
            parameters.put("from", q.createdFrom());
        }
        if (q.createdTo() != null) {
            where.add("s.createdAt < :to");
            parameters.put("to", q.createdTo());
        }
        ProfileFilter profile = q.profile();
        if (profile.organisation() != null) {
            where.add("s.organisation like :organisation escape '!'");
            parameters.put("organisation", ProfileFilter.containsPattern(profile.organisation()));
        }
        if (profile.beat() != null) {
            where.add("s.beat like :beat escape '!'");
            parameters.put("beat", ProfileFilter.containsPattern(profile.beat()));
        }
        if (profile.district() != null) {
            where.add("s.district = :district");
            parameters.put("district", profile.district());
        }
        if (profile.country() != null) {
            where.add("s.country = :country");
            parameters.put("country", profile.country());
        }
        if (profile.tag() != null) {
            where.add(":tag member of s.tags");
            parameters.put("tag", profile.tag());
        }
        if (q.emailContains() != null && !q.emailContains().isBlank()) {
            where.add("s.email like :text escape '!'");
            String text = q.emailContains().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            parameters.put("text", "%" + text + "%");
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> typed = em.createQuery(jpql, type);
        parameters.forEach(typed::setParameter);
        return typed;
    }
}
