package org.barta.accounts.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Ten single-use recovery codes for when the phone is lost. Each carries 120 random bits (ASVS 2.6.2 asks for
 * 112), written in base 32 in groups of four; only their SHA-256 hashes are kept.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    static final int BYTES = 15;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            byte[] bytes = new byte[BYTES];
            RANDOM.nextBytes(bytes);
            codes.add(String.join("-", Totp.base32(bytes).split("(?<=\\G.{4})")));
        }
        return codes;
    }

    /** True for what looks like a recovery code rather than a six-digit app code. */
    public static boolean looksLikeOne(String typed) {
        return normalize(typed).length() == BYTES * 8 / 5;
    }

    /** The hash of a code as typed: case, spaces and hyphens do not matter. */
    public static String hash(String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalize(typed).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
