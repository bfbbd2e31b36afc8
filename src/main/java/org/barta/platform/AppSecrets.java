package org.barta.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys the application makes for itself: random on first use, stored in the database so every instance and
 * every restart uses the same one (links signed yesterday still work today).
 */
@ApplicationScoped
public class AppSecrets {

    private static final int KEY_BYTES = 32;

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] key(String name) {
        return cache.computeIfAbsent(name, this::loadOrCreate);
    }

    private byte[] loadOrCreate(String name) {
        byte[] fresh = new byte[KEY_BYTES];
        random.nextBytes(fresh);
        // Two instances starting together: the first insert wins, both read the winner.
        em.createNativeQuery("insert ignore into app_secret (name, value, created_at) values (?1, ?2, now(3))")
                .setParameter(1, name)
                .setParameter(2, Base64.getEncoder().encodeToString(fresh))
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("select value from app_secret where name = ?1")
                .setParameter(1, name).getResultList();
        return Base64.getDecoder().decode(stored.get(0));
    }
}
