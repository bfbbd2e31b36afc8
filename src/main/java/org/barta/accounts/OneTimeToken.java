package org.barta.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a one-time link (an invitation, a password reset, an administrator's recovery): 32 random bytes,
 * sent only in the link; the database keeps its SHA-256. With 256 random bits a fast hash is enough: nobody can try
 * their way to a token, and a read of the database gives no usable link.
 */
public final class OneTimeToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    /** The token as it goes into the link, and its hash as it goes into the database. */
    public record Issued(String value, String hash) {
    }

    private OneTimeToken() {
    }

    public static Issued issue() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(value, hash(value));
    }

    /** The hash a presented token is looked up by; anything (null, too long, garbage) hashes to a row nobody has. */
    public static String hash(String presented) {
        String value = presented == null ? "" : presented.strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** When a token issued at {@code issuedAt} stops working. */
    public static Instant expiry(Instant issuedAt, Duration validity) {
        return issuedAt.plus(validity);
    }

    /** A token works strictly before its expiry, not at it. */
    public static boolean unexpired(Instant expiresAt, Instant now) {
        return now.isBefore(expiresAt);
    }
}
