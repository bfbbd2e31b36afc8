package org.barta.accounts.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** The rows of {@code account_session}; {@link AccountSessions} decides who may read and end them. */
@ApplicationScoped
public class AccountSessionRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    void deleteIdleSince(Instant idleCutoff, Instant signedInBefore) {
        em.createQuery("delete from AccountSession s where s.lastSeenAt < :idle or s.signedInAt < :old")
                .setParameter("idle", idleCutoff)
                .setParameter("old", signedInBefore)
                .executeUpdate();
    }

    void add(AccountSession session) {
        em.persist(session);
    }

    /** The session generation of the enabled account that holds this session, if both exist. */
    Stream<Integer> generationsOfEnabledHolder(String key, long accountId) {
        return em.createQuery("""
                        select a.sessionGeneration from AccountSession s, Account a
                        where s.id = :key and s.accountId = :account and a.id = s.accountId and a.enabled = true""",
                        Integer.class)
                .setParameter("key", key)
                .setParameter("account", accountId)
                .getResultStream();
    }

    void seen(String key, Instant now) {
        em.createQuery("update AccountSession s set s.lastSeenAt = :now where s.id = :key")
                .setParameter("now", now)
                .setParameter("key", key)
                .executeUpdate();
    }

    void delete(String key) {
        em.createQuery("delete from AccountSession s where s.id = :key").setParameter("key", key).executeUpdate();
    }

    int delete(String key, long accountId) {
        return em.createQuery("delete from AccountSession s where s.id = :key and s.accountId = :account")
                .setParameter("key", key)
                .setParameter("account", accountId)
                .executeUpdate();
    }

    void deleteAll(long accountId) {
        em.createQuery("delete from AccountSession s where s.accountId = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    int deleteAllBut(long accountId, String key) {
        return em.createQuery("delete from AccountSession s where s.accountId = :account and s.id <> :key")
                .setParameter("account", accountId)
                .setParameter("key", key)
                .executeUpdate();
    }

    void moveToGeneration(String key, int generation) {
        em.createQuery("update AccountSession s set s.generation = :generation where s.id = :key")
                .setParameter("generation", generation)
                .setParameter("key", key)
                .executeUpdate();
    }

    /** The sessions of the enabled account at its current generation, seen and signed in within the cut-offs. */
    List<AccountSession> active(long accountId, Instant idleCutoff, Instant signedInAfter) {
        return em.createQuery("""
                        select s from AccountSession s, Account a
                        where s.accountId = :account and a.id = s.accountId and a.enabled = true
                        and s.generation = a.sessionGeneration and s.lastSeenAt >= :idle and s.signedInAt >= :old
                        order by s.signedInAt desc, s.id""", AccountSession.class)
                .setParameter("account", accountId)
                .setParameter("idle", idleCutoff)
                .setParameter("old", signedInAfter)
                .getResultList();
    }
}
