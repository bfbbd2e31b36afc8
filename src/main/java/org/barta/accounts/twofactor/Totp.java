package org.barta.accounts.twofactor;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.security.InvalidKeyException;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * TOTP as authenticator apps do it (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits). A code is accepted for the
 * current step and one step either side (clocks drift), and only for a step newer than the last one used, so a
 * code seen over a shoulder or in a phishing proxy cannot be played again.
 */
public final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    private static final String ALGORITHM = "HmacSHA1";
    private static final int SECRET_BYTES = 20;
    private static final int WINDOW = 1;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();

    /** What a code is worth: accepted for a step, a replay of a step already used, or simply wrong. */
    public record Verdict(Outcome outcome, long step) {

        public enum Outcome { ACCEPTED, REUSED, WRONG }

        static Verdict wrong() {
            return new Verdict(Outcome.WRONG, -1);
        }
    }

    private Totp() {
    }

    /** A new random secret: 160 bits, the HMAC-SHA1 key size RFC 4226 recommends. */
    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** RFC 4648 base 32 without padding: how authenticator apps expect a secret, and easy to read aloud. */
    public static String base32(byte[] bytes) {
        return BASE32.encodeAsString(bytes).replace("=", "");
    }

    /** The enrolment address an authenticator app reads from the QR code. */
    public static String uri(String issuer, String accountName, byte[] secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    public static long step(Instant time) {
        return time.getEpochSecond() / STEP.toSeconds();
    }

    /** The code for one step, as the app shows it: leading zeros kept, ASCII digits whatever the JVM's locale. */
    public static String code(byte[] secret, long step) {
        try {
            return generator().generateOneTimePasswordString(key(secret),
                    Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Checks a code typed at {@code now} against the window. {@code lastUsedStep} is the newest step already
     * accepted for this account ({@code -1}: none); a matching step not newer than it is a replay.
     */
    public static Verdict verify(byte[] secret, String typed, Instant now, long lastUsedStep) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return Verdict.wrong();
        }
        OptionalLong matched = matchingStep(secret, code, step(now));
        if (matched.isEmpty()) {
            return Verdict.wrong();
        }
        long step = matched.getAsLong();
        return new Verdict(step > lastUsedStep ? Verdict.Outcome.ACCEPTED : Verdict.Outcome.REUSED, step);
    }

    /** The newest step in the window whose code matches; compared in constant time. */
    private static OptionalLong matchingStep(byte[] secret, String code, long current) {
        OptionalLong found = OptionalLong.empty();
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    private static TimeBasedOneTimePasswordGenerator generator() {
        return new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, ALGORITHM);
    }

    private static Key key(byte[] secret) {
        return new SecretKeySpec(secret, ALGORITHM);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
