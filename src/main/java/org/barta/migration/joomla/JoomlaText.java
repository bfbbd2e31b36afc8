package org.barta.migration.joomla;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.migration.DoubleEncoding;
import org.barta.migration.ImportNote;
import org.barta.migration.ImportNote.Kind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * An old article's text made ready for Barta: intro and full text joined without Joomla's read-more marker (the
 * intro becomes the summary when there is a full text), e-mail addresses that Joomla's cloaking left in the stored
 * HTML made plain again (Barta cloaks them on its own pages), plugin tags removed, twice-encoded text repaired.
 * What was found goes into the notes. Barta's sanitizer sees the result when the item is saved.
 */
public final class JoomlaText {

    private static final Pattern READ_MORE = Pattern.compile("<hr\\s+id\\s*=\\s*[\"']system-readmore[\"'][^>]*>",
            Pattern.CASE_INSENSITIVE);
    /** Joomla 3: a span saying the address is protected, then the script that writes it. */
    private static final Pattern CLOAK_3 = Pattern.compile(
            "<span\\s+id\\s*=\\s*[\"']cloak[0-9a-f]+[\"'][^>]*>.*?</span>\\s*(?:<script[^>]*>(.*?)</script>)?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** {@code addy… = 'm&#97;il' + …;}: quoted parts may hold entities' semicolons. */
    private static final Pattern ADDRESS_PART = Pattern.compile(
            "(?:var\\s+)?addy(_text)?[0-9a-f]*\\s*=((?:'(?:[^'\\\\]|\\\\.)*'|[^;'])*);");
    private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
    /** Joomla 4 and 5: the address in base64 attributes. */
    private static final Pattern CLOAK_4 = Pattern.compile("<joomla-hidden-mail\\b([^>]*)>.*?</joomla-hidden-mail>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)\\s*=\\s*\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    /** {@code {loadposition user1}}, {@code {gallery}…{/gallery}}, {@code {emailcloak=off}}: plugins' markers. */
    private static final Pattern EMPTY_PARAGRAPH = Pattern.compile("<p>\\s*</p>\\s*");
    private static final Pattern PLUGIN_TAG = Pattern.compile("\\{/?([a-z][a-z0-9_]{1,40})(?:[\\s=][^{}]{0,300})?}");

    /** The text ready for the editor's fields, and what was found on the way. */
    public record Cleaned(String summary, String body, List<ImportNote> notes) {
    }

    private JoomlaText() {
    }

    public static Cleaned clean(String introText, String fullText) {
        List<ImportNote> notes = new ArrayList<>();
        String intro = tidy(introText, notes);
        String full = tidy(fullText, notes);
        String body = READ_MORE.matcher(intro + full).replaceAll("");
        String summary = full.isBlank() ? null : Jsoup.parse(intro).text().strip();
        return new Cleaned(summary == null || summary.isEmpty() ? null : summary, body, ImportNote.merged(notes));
    }

    /** Repairs a title or other plain text field, noting it. */
    public static String plain(String text, List<ImportNote> notes) {
        DoubleEncoding.Result repaired = DoubleEncoding.repair(text == null ? "" : text);
        note(repaired, notes);
        return repaired.text().strip();
    }

    private static String tidy(String html, List<ImportNote> notes) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        DoubleEncoding.Result repaired = DoubleEncoding.repair(html);
        note(repaired, notes);
        String text = uncloak(repaired.text(), CLOAK_3, JoomlaText::address3, notes);
        text = uncloak(text, CLOAK_4, JoomlaText::address4, notes);
        return withoutPluginTags(text, notes);
    }

    /** Joomla 3: the address is the string the script puts together, in HTML entities. */
    private static Optional<String> address3(Matcher cloak) {
        StringBuilder address = new StringBuilder();
        StringBuilder label = new StringBuilder();
        if (cloak.group(1) != null) {
            Matcher part = ADDRESS_PART.matcher(cloak.group(1));
            while (part.find()) {
                Matcher quoted = QUOTED.matcher(part.group(2));
                while (quoted.find()) {
                    (part.group(1) == null ? address : label).append(quoted.group(1));
                }
            }
        }
        String email = Parser.unescapeEntities(address.toString(), false).strip();
        String text = Jsoup.parse(Parser.unescapeEntities(label.toString().replace("\\'", "'"), false)).text();
        return email.contains("@") ? Optional.of(mailLink(email, text)) : Optional.empty();
    }

    /** Joomla 4 and 5: the address's two halves and its text in base64. */
    private static Optional<String> address4(Matcher cloak) {
        String first = null;
        String last = null;
        String text = null;
        Matcher attribute = ATTRIBUTE.matcher(cloak.group(1));
        while (attribute.find()) {
            switch (attribute.group(1).toLowerCase(Locale.ROOT)) {
                case "first" -> first = base64(attribute.group(2));
                case "last" -> last = base64(attribute.group(2));
                case "text" -> text = base64(attribute.group(2));
                default -> {
                    // is-link, is-email, base: how Joomla shows it, not what it is.
                }
            }
        }
        if (first == null || last == null || first.isBlank() || last.isBlank()) {
            return Optional.empty();
        }
        String email = first + "@" + last;
        return Optional.of(mailLink(email, text == null || text.isBlank() ? email : Jsoup.parse(text).text()));
    }

    /** Replaces each cloak with the link its address reads as, or with nothing if it cannot be read; counts both. */
    private static String uncloak(String html, Pattern cloaks, Function<Matcher, Optional<String>> link,
            List<ImportNote> notes) {
        Matcher cloak = cloaks.matcher(html);
        StringBuilder out = new StringBuilder();
        int read = 0;
        int unreadable = 0;
        while (cloak.find()) {
            Optional<String> replacement = link.apply(cloak);
            if (replacement.isPresent()) {
                read++;
            } else {
                unreadable++;
            }
            cloak.appendReplacement(out, Matcher.quoteReplacement(replacement.orElse("")));
        }
        cloak.appendTail(out);
        count(notes, Kind.CLOAKED_ADDRESSES, read);
        count(notes, Kind.CLOAK_UNREADABLE, unreadable);
        return out.toString();
    }

    private static String withoutPluginTags(String html, List<ImportNote> notes) {
        Matcher tag = PLUGIN_TAG.matcher(html);
        Set<String> names = new TreeSet<>();
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            names.add(tag.group(1));
            tag.appendReplacement(out, "");
        }
        tag.appendTail(out);
        if (names.isEmpty()) {
            return html;
        }
        notes.add(new ImportNote(Kind.PLUGIN_TAGS, String.join(", ", names)));
        // A tag alone in its paragraph leaves the paragraph empty.
        return EMPTY_PARAGRAPH.matcher(out).replaceAll("");
    }

    private static String mailLink(String email, String label) {
        String shown = label == null || label.isBlank() ? email : label;
        return "<a href=\"mailto:" + Entities.escape(email) + "\">" + Entities.escape(shown) + "</a>";
    }

    private static String base64(String value) {
        try {
            return new String(Base64.getDecoder().decode(value.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static void note(DoubleEncoding.Result repaired, List<ImportNote> notes) {
        if (repaired.repaired()) {
            notes.add(new ImportNote(Kind.DOUBLE_ENCODING_REPAIRED, ""));
        }
        if (repaired.suspect()) {
            notes.add(new ImportNote(Kind.DOUBLE_ENCODING_SUSPECTED, ""));
        }
    }

    private static void count(List<ImportNote> notes, Kind kind, int count) {
        if (count > 0) {
            notes.add(new ImportNote(kind, String.valueOf(count)));
        }
    }
}
