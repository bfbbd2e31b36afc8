package org.barta.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL slugs from titles in any script. Bangla keeps its letters and combining signs (a slug like
 * {@code মানবাধিকার-প্রতিবেদন}); everything that is not a letter, mark or digit becomes a single hyphen.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 120;
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    public static String slugify(String title) {
        if (title == null) {
            return "";
        }
        String normalized = APOSTROPHES.matcher(Normalizer.normalize(title, Normalizer.Form.NFC))
                .replaceAll("").toLowerCase(Locale.ROOT);
        String slug = EDGE_HYPHENS.matcher(NOT_WORD.matcher(normalized).replaceAll("-")).replaceAll("");
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, MAX_LENGTH);
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > MAX_LENGTH / 2 ? cut.substring(0, lastHyphen) : stripDanglingMark(cut);
    }

    /** The n-th alternative when a slug is taken: {@code title-2}, {@code title-3}, … */
    public static String numbered(String slug, int n) {
        return slug + "-" + n;
    }

    /** Whether a slug typed by an editor is acceptable as it is. */
    public static boolean isValid(String slug) {
        return slug != null && !slug.isEmpty() && slug.length() <= MAX_LENGTH && slug.equals(slugify(slug));
    }

    private static String stripDanglingMark(String cut) {
        // Never end inside a Bangla conjunct: drop a trailing virama.
        return cut.endsWith("\u09CD") ? cut.substring(0, cut.length() - 1) : cut;
    }
}
