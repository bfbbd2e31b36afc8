package org.barta.accounts.webauthn;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * A WebAuthn challenge handed to one browser session for one ceremony: 32 random bytes, for one purpose and one
 * account, good for {@link #LIFETIME}. The authenticator signs it, so a signature made for another challenge, another
 * purpose or an older ceremony is worth nothing. It is kept only in {@link Challenges}, which gives it out once.
 */
public final class Challenge implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Long enough to find the key and touch it; the browser is told the same (the options' timeout). */
    public static final Duration LIFETIME = Duration.ofMinutes(3);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the signature will be used for: adding a key, the second step of signing in, or confirming identity. */
    public enum Purpose { REGISTER, SIGN_IN, CONFIRM }

    private final byte[] value;
    private final Purpose purpose;
    private final long accountId;
    private final Instant expiresAt;

    Challenge(byte[] value, Purpose purpose, long accountId, Instant expiresAt) {
        this.value = value.clone();
        this.purpose = purpose;
        this.accountId = accountId;
        this.expiresAt = expiresAt;
    }

    static Challenge fresh(Purpose purpose, long accountId, Instant now) {
        byte[] value = new byte[32];
        RANDOM.nextBytes(value);
        return new Challenge(value, purpose, accountId, now.plus(LIFETIME));
    }

    public byte[] value() {
        return value.clone();
    }

    Purpose purpose() {
        return purpose;
    }

    long accountId() {
        return accountId;
    }

    boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
