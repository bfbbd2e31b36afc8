package org.barta.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A link parameter set {@code (subscriber, expiry, token)} where the token is an HMAC-SHA256 over the purpose,
 * subscriber, expiry and the subscriber's current nonce. Changing any part, or the nonce (after erase or a new
 * sign-up), invalidates it; no table of tokens is needed.
 */
public record SignedLink(long subscriberId, long expiresEpochSecond, String token) {

    /**
     * One Mac per thread, initialised with the key for each link: looking the algorithm up among the providers for
     * each link cost 3 % of a send, which signs two links per message (bench/README.md).
     */
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    public static SignedLink issue(LinkPurpose purpose, long subscriberId, String nonce, Instant now, byte[] key) {
        long expires = now.plus(purpose.validity()).getEpochSecond();
        return new SignedLink(subscriberId, expires, mac(purpose, subscriberId, nonce, expires, key));
    }

    /** A link that expires at a given moment rather than after its purpose's validity (a preview, at the embargo). */
    public static SignedLink until(LinkPurpose purpose, long subscriberId, String nonce, Instant expires, byte[] key) {
        long expiry = expires.getEpochSecond();
        return new SignedLink(subscriberId, expiry, mac(purpose, subscriberId, nonce, expiry, key));
    }

    /** True when the token matches and the link has not expired. Compared in constant time. */
    public boolean verify(LinkPurpose purpose, String nonce, Instant now, byte[] key) {
        return !isExpired(now) && isAuthentic(purpose, nonce, key);
    }

    public boolean isExpired(Instant now) {
        return now.getEpochSecond() > expiresEpochSecond;
    }

    /**
     * True when Barta issued this link, expired or not: an expired preview still leads its holder to the public
     * page, and names whose copy it was. Compared in constant time.
     */
    public boolean isAuthentic(LinkPurpose purpose, String nonce, byte[] key) {
        if (token == null) {
            return false;
        }
        byte[] expected = mac(purpose, subscriberId, nonce, expiresEpochSecond, key).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * What a link acting on one audience signs instead of the bare nonce, so that it cannot be pointed at another
     * audience. Links without an audience (those mailed before audiences) keep the bare nonce.
     */
    public static String forAudience(String nonce, long audienceId) {
        return nonce + "|audience-" + audienceId;
    }

    /**
     * What the one-click link of one send's mail signs: the audience and the send it came with, so that the sends
     * page can count who left from it. Links with an audience only (mailed before) keep {@link #forAudience}.
     */
    public static String forSend(String nonce, long audienceId, long editionId) {
        return forAudience(nonce, audienceId) + "|edition-" + editionId;
    }

    /** What a release's preview link signs: the subscriber's nonce and the advance copy it came with. */
    public static String forRelease(String nonce, long releaseId) {
        return nonce + "|release-" + releaseId;
    }

    public String query() {
        return "s=" + subscriberId + "&e=" + expiresEpochSecond + "&t=" + token;
    }

    private static String mac(LinkPurpose purpose, long subscriberId, String nonce, long expires, byte[] key) {
        try {
            Mac hmac = HMAC.get();
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = hmac.doFinal((purpose.name() + "|" + subscriberId + "|" + expires + "|" + nonce)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
