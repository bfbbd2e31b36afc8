package org.barta.site;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/** Plain-text excerpts around the words a visitor searched for, escaped, with those words marked. */
public final class Snippets {

    private static final int RADIUS = 110;
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private Snippets() {
    }

    public static List<String> terms(String query) {
        return Arrays.stream(WORD_BREAK.split(query == null ? "" : query))
                .filter(term -> term.codePointCount(0, term.length()) >= 2)
                .distinct().limit(12).toList();
    }

    public static String around(String html, List<String> terms) {
        String text = Jsoup.parse(html == null ? "" : html).text();
        if (text.isEmpty()) {
            return "";
        }
        Pattern any = terms.isEmpty() ? null : Pattern.compile(terms.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        int hit = 0;
        if (any != null) {
            Matcher first = any.matcher(text);
            hit = first.find() ? first.start() : 0;
        }
        int start = Math.max(0, hit - RADIUS);
        int end = Math.min(text.length(), hit + RADIUS);
        String window = (start > 0 ? "… " : "") + text.substring(start, end) + (end < text.length() ? " …" : "");
        if (any == null) {
            return Entities.escape(window);
        }
        StringBuilder marked = new StringBuilder();
        Matcher m = any.matcher(window);
        int last = 0;
        while (m.find()) {
            marked.append(Entities.escape(window.substring(last, m.start())))
                    .append("<mark>").append(Entities.escape(m.group())).append("</mark>");
            last = m.end();
        }
        return marked.append(Entities.escape(window.substring(last))).toString();
    }

    static String normalizeQuery(String query, int maxLength) {
        if (query == null) {
            return "";
        }
        String clean = query.replaceAll("\\p{Cntrl}", " ").strip().toLowerCase(Locale.ROOT);
        return clean.length() > maxLength ? clean.substring(0, maxLength) : clean;
    }
}
