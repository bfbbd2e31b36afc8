package org.barta.site.redirect;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address on this site in the one form redirects are kept and looked up in: the path alone (query strings do
 * not matter, and may carry personal data), percent-decoded as UTF-8, without a trailing slash, at most
 * {@value #LONGEST} characters. A full URL of the old site gives its path.
 */
public final class OldAddress {

    public static final int LONGEST = 500;
    /** The newsroom, sign-in, files and the server's own: a redirect there would take a page away. */
    private static final List<String> RESERVED = List.of("/admin", "/login", "/setup", "/two-factor", "/invitation",
            "/password-reset", "/forgot-password", "/media", "/health", "/metrics", "/jakarta.faces.resource",
            "/javax.faces.resource", "/robots.txt", "/sitemap.xml", "/favicon.ico");
    /** The home pages: under them, an address is free unless a page answers it (checked where redirects are kept). */
    private static final List<String> HOMES = List.of("/", "/en", "/bn");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** A Joomla article's id in a query ({@code id=12} or {@code id=12:alias}). */
    private static final Pattern JOOMLA_ID = Pattern.compile("^(\\d{1,10})(?::.*)?$");
    /** A Joomla article's last path segment in search-engine-friendly addresses: {@code 12-alias}. */
    private static final Pattern JOOMLA_SEGMENT = Pattern.compile("/(\\d{1,10}-[^/]+)$");
    /** A WordPress post's id in {@code ?p=N} or {@code ?page_id=N}. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");
    /** A Joomla site's language prefix ({@code /bn/}, {@code /en-gb/}). */
    private static final Pattern JOOMLA_LANGUAGE = Pattern.compile("^/[a-z]{2}(?:-[a-z]{2})?(?=/.)");

    private OldAddress() {
    }

    /** The path of a request's raw (still percent-encoded) URI, without the context path; empty if unusable. */
    public static Optional<String> ofRequestPath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        try {
            return normal(URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException badEncoding) {
            return Optional.empty();
        }
    }

    /**
     * The addresses a request may be kept under, the most exact first: its path, and for the forms an old Joomla
     * site used, that path without {@code /index.php}, language prefix and {@code .html} ({@link #joomlaPath}), its
     * last segment if that names an article ({@code /12-alias}), or for {@code index.php?option=com_content&view=
     * article&id=12} only {@link #joomlaArticle}; for a WordPress post's {@code /?p=12} (or a page's
     * {@code ?page_id=12}) only {@link #wordPressPost}. Empty for an unusable path.
     */
    public static List<String> lookups(String rawPath, String rawQuery) {
        Optional<String> path = ofRequestPath(rawPath);
        if (path.isEmpty()) {
            return List.of();
        }
        if (path.get().equals("/") || path.get().equals("/index.php")) {
            Map<String, String> query = parameters(rawQuery);
            Optional<String> post = wordPressQueryPost(query);
            if (post.isPresent() || path.get().equals("/index.php")) {
                return post.or(() -> joomlaQueryArticle(query).map(OldAddress::joomlaArticle)).stream().toList();
            }
        }
        List<String> found = new ArrayList<>(3);
        found.add(path.get());
        String joomla = joomlaPath(path.get());
        if (!joomla.equals(path.get())) {
            found.add(joomla);
        }
        Matcher segment = JOOMLA_SEGMENT.matcher(joomla);
        if (segment.find() && !joomla.equals("/" + segment.group(1))) {
            found.add("/" + segment.group(1));
        }
        return found;
    }

    /** The address a Joomla article is kept under for its {@code index.php?…&id=N} forms. */
    public static String joomlaArticle(long id) {
        return "/index.php?option=com_content&view=article&id=" + id;
    }

    /**
     * A Joomla site's search-engine-friendly path in the one form redirects keep it: without {@code /index.php}
     * (sites without URL rewriting), the language prefix and the {@code .html} suffix.
     */
    public static String joomlaPath(String address) {
        String path = address.startsWith("/index.php/") ? address.substring("/index.php".length()) : address;
        path = JOOMLA_LANGUAGE.matcher(path).replaceFirst("");
        return path.endsWith(".html") && path.length() > "/.html".length()
                ? path.substring(0, path.length() - ".html".length()) : path;
    }

    /** The address a WordPress post ({@code ?p=N}) or page ({@code ?page_id=N}) is kept under for those forms. */
    public static String wordPressPost(long id, boolean page) {
        return page ? "/?page_id=" + id : "/?p=" + id;
    }

    private static Optional<String> wordPressQueryPost(Map<String, String> query) {
        for (String parameter : List.of("p", "page_id")) {
            Matcher id = NUMBER.matcher(query.getOrDefault(parameter, ""));
            if (id.matches()) {
                return Optional.of(wordPressPost(Long.parseLong(id.group()), parameter.equals("page_id")));
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> joomlaQueryArticle(Map<String, String> parameters) {
        boolean article = "com_content".equals(parameters.get("option"))
                && ("article".equals(parameters.get("view")) || "view".equals(parameters.get("task")));
        Matcher id = JOOMLA_ID.matcher(parameters.getOrDefault("id", ""));
        return article && id.matches() ? Optional.of(Long.parseLong(id.group(1))) : Optional.empty();
    }

    /** A query's parameters, decoded (the first of each name); none for a query that is not well encoded. */
    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                try {
                    parameters.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException badEncoding) {
                    return Map.of();
                }
            }
        }
        return parameters;
    }

    /** What an editor typed: a path ({@code /old/page.html}) or a full URL of the old site; empty if neither. */
    public static Optional<String> ofTyped(String typed) {
        String address = typed == null ? "" : typed.strip();
        if (address.startsWith("http://") || address.startsWith("https://")) {
            try {
                URI uri = new URI(address);
                address = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        } else {
            int query = address.indexOf('?');
            address = query >= 0 ? address.substring(0, query) : address;
        }
        return ofRequestPath(address.replace(" ", "%20"));
    }

    /** Whether the address belongs to a page Barta itself serves outside the public languages' pages. */
    public static boolean reserved(String address) {
        for (String prefix : RESERVED) {
            if (address.equals(prefix) || address.startsWith(prefix + "/")) {
                return true;
            }
        }
        return HOMES.contains(address);
    }

    private static Optional<String> normal(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (trimmed.length() > LONGEST || CONTROL.matcher(trimmed).find() || trimmed.startsWith("//")) {
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }
}
