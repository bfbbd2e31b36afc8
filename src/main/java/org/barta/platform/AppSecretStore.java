package org.barta.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Base64;
import java.util.List;

/** The app_secret table: a named key, stored once and read by every instance. */
@ApplicationScoped
public class AppSecretStore {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    /** Stores {@code candidate} unless a key of that name exists, and returns the stored key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] loadOrCreate(String name, byte[] candidate) {
        // Two instances starting together: the first insert wins, both read the winner.
        em.createNativeQuery("insert ignore into app_secret (name, value, created_at) values (?1, ?2, now(3))")
                .setParameter(1, name)
                .setParameter(2, Base64.getEncoder().encodeToString(candidate))
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("select value from app_secret where name = ?1")
                .setParameter(1, name).getResultList();
        return Base64.getDecoder().decode(stored.get(0));
    }
}
