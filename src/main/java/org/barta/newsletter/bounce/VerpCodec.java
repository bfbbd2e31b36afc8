package org.barta.newsletter.bounce;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-recipient envelope senders (VERP): {@code bounces+<edition>-<subscriber>-<tag>@domain}, where the tag is
 * the first 50 bits of an HMAC-SHA256 over {@code "<edition>-<subscriber>"}, written in lower-case base32 because
 * some mail servers lower-case local parts. A bounce names its recipient only when the tag verifies, so nobody
 * can suppress other subscribers by sending us made-up bounces.
 */
public final class VerpCodec {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int TAG_CHARS = 10;
    private static final Pattern DETAIL = Pattern.compile("(\\d{1,19})-(\\d{1,19})-([a-z2-7]{" + TAG_CHARS + "})");

    private final String local;
    private final String domain;
    private final byte[] key;

    /** @param bounceAddress the mailbox bounces go to, e.g. {@code bounces@example.org} */
    public VerpCodec(String bounceAddress, byte[] key) {
        String address = bounceAddress.strip();
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1 || address.indexOf('+') >= 0 || address.indexOf('<') >= 0
                || address.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Not a plain bounce address without '+': " + bounceAddress);
        }
        this.local = address.substring(0, at).toLowerCase(Locale.ROOT);
        this.domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        this.key = key.clone();
    }

    public String encode(long editionId, long subscriberId) {
        if (editionId < 0 || subscriberId < 0) {
            throw new IllegalArgumentException("Ids are never negative");
        }
        return local + "+" + editionId + "-" + subscriberId + "-" + tag(editionId, subscriberId) + "@" + domain;
    }

    /** True for any address of the form {@code bounces+…@domain}, whether its tag verifies or not. */
    public boolean isVerp(String address) {
        return detail(address).isPresent();
    }

    /** The recipient, when the address is one of ours and its tag verifies (compared in constant time). */
    public Optional<VerpRecipient> decode(String address) {
        Optional<String> detail = detail(address);
        if (detail.isEmpty()) {
            return Optional.empty();
        }
        Matcher parts = DETAIL.matcher(detail.get());
        if (!parts.matches()) {
            return Optional.empty();
        }
        long editionId;
        long subscriberId;
        try {
            editionId = Long.parseLong(parts.group(1));
            subscriberId = Long.parseLong(parts.group(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // One spelling per recipient: "07-5" is not "7-5".
        if (!parts.group(1).equals(Long.toString(editionId)) || !parts.group(2).equals(Long.toString(subscriberId))) {
            return Optional.empty();
        }
        byte[] expected = tag(editionId, subscriberId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = parts.group(3).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given)
                ? Optional.of(new VerpRecipient(editionId, subscriberId))
                : Optional.empty();
    }

    /** What follows {@code bounces+} in an address of our domain, lower-cased; empty for any other address. */
    private Optional<String> detail(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String plain = address.strip().toLowerCase(Locale.ROOT);
        if (plain.startsWith("<") && plain.endsWith(">")) {
            plain = plain.substring(1, plain.length() - 1).strip();
        }
        int at = plain.lastIndexOf('@');
        String prefix = local + "+";
        if (at < 0 || !plain.substring(at + 1).equals(domain) || !plain.startsWith(prefix)) {
            return Optional.empty();
        }
        return Optional.of(plain.substring(prefix.length(), at));
    }

    private String tag(long editionId, long subscriberId) {
        byte[] digest;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            digest = hmac.doFinal((editionId + "-" + subscriberId).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
        // Base32 of the first 50 bits: ten characters, five bits each, most significant first.
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = bits << 8 | (digest[i] & 0xff);
        }
        StringBuilder tag = new StringBuilder(TAG_CHARS);
        for (int i = 0; i < TAG_CHARS; i++) {
            tag.append(ALPHABET.charAt((int) (bits >>> (59 - 5 * i)) & 0x1f));
        }
        return tag.toString();
    }
}
