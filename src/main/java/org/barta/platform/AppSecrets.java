package org.barta.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys the application makes for itself: random on first use, stored in the database so every instance and
 * every restart uses the same one (links signed yesterday still work today). Read once, then from memory.
 */
@ApplicationScoped
public class AppSecrets {

    private static final int KEY_BYTES = 32;

    @Inject
    AppSecretStore store;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public byte[] key(String name) {
        return cache.computeIfAbsent(name, n -> {
            byte[] candidate = new byte[KEY_BYTES];
            random.nextBytes(candidate);
            return store.loadOrCreate(n, candidate);
        });
    }
}
