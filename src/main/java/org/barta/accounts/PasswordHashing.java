package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PBKDF2-HMAC-SHA256 at the iteration count OWASP asks for (600,000), through the container's
 * {@link Pbkdf2PasswordHash}. The identity store verifies with the same parameters (see {@link SecurityConfiguration}).
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=600000";
    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_BYTES = "Pbkdf2PasswordHash.KeySizeBytes=32";

    /** Shortest password accepted for an editorial account. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    @Inject
    Pbkdf2PasswordHash hash;

    private volatile String dummyHash;

    void configure() {
        Map<String, String> parameters = Arrays.stream(new String[] {ITERATIONS, ALGORITHM, SALT_BYTES, KEY_BYTES})
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
        hash.initialize(parameters);
    }

    public String hash(char[] password) {
        configure();
        return hash.generate(password);
    }

    /**
     * Checks a password against a hash of nothing, at the same cost as checking a real account's: a sign-in with a
     * name the identity store did not check takes as long as one with a wrong password.
     */
    public void verifyAgainstDummy(char[] password) {
        configure();
        if (dummyHash == null) {
            dummyHash = hash.generate(new char[0]);
        }
        hash.verify(password, dummyHash);
    }
}
