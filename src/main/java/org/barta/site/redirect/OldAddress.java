package org.barta.site.redirect;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
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
