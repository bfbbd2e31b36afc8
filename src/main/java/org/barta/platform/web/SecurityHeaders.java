package org.barta.platform.web;

import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The security headers of every response, defined once: {@link SecurityHeadersFilter} sets them in the servlet
 * container, and the page cache's edge (site/web/EdgeCacheFilter), which answers cached pages before the container
 * runs, sets the same ones. What a response gets depends on the kind of address it answers ({@link Area}).
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private static final String NO_FRAMING = "frame-ancestors 'none'";
    private static final String SITE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; " + NO_FRAMING;
    private static final Pattern SUBSCRIBER_PAGE =
            Pattern.compile("^/(en|bn)/newsletter/(subscribe|thanks|confirm|unsubscribe|preferences|mydata|data\\.json)$");
    private static final Pattern ARCHIVED_EDITION = Pattern.compile("^/(en|bn)/newsletter/\\d{1,6}$");
    private static final Pattern ADMIN = Pattern.compile("^/(admin(/.*)?|login(\\.xhtml)?|setup(\\.xhtml)?)$");

    /** The kinds of address, each with its policy, its referrer rule and whether browsers may keep a copy. */
    public enum Area {
        /** The public site: no script but the theme's own files, no inline script or style, no plugins. */
        PUBLIC(SITE_POLICY, "strict-origin-when-cross-origin", null),
        /** A subscriber's own pages: their signed link must not leak to other sites or stay in a shared browser. */
        SUBSCRIBER(SITE_POLICY, "no-referrer", "no-store"),
        /** A sent newsletter shown as a page: mail HTML carries inline styles; it never needs script or forms. */
        ARCHIVED_EDITION("default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; "
                + "base-uri 'none'; form-action 'none'; " + NO_FRAMING, "strict-origin-when-cross-origin", null),
        /** Uploaded files: nothing in them may run, even an HTML or PDF opened on its own. */
        MEDIA("default-src 'none'; sandbox; " + NO_FRAMING, "strict-origin-when-cross-origin", null),
        /**
         * The newsroom and sign-in. PrimeFaces writes inline scripts, so script is not limited here; the pages
         * can be framed by nobody (clickjacking) and post only to us.
         */
        ADMIN("object-src 'none'; base-uri 'self'; form-action 'self'; " + NO_FRAMING,
                "strict-origin-when-cross-origin", "no-store"),
        /** An edition's preview, framed by the edition page of the newsroom. */
        EDITION_PREVIEW("default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'", "strict-origin-when-cross-origin",
                "no-store");

        private final String policy;
        private final String referrerPolicy;
        private final String cacheControl;

        Area(String policy, String referrerPolicy, String cacheControl) {
            this.policy = policy;
            this.referrerPolicy = referrerPolicy;
            this.cacheControl = cacheControl;
        }

        public String policy() {
            return policy;
        }
    }

    private SecurityHeaders() {
    }

    /** The area of an address inside the application (without the context path). */
    public static Area areaOf(String path) {
        if (path.startsWith("/media/")) {
            return Area.MEDIA;
        }
        if (path.equals("/admin/edition-preview")) {
            return Area.EDITION_PREVIEW;
        }
        if (ADMIN.matcher(path).matches()) {
            return Area.ADMIN;
        }
        if (SUBSCRIBER_PAGE.matcher(path).matches()) {
            return Area.SUBSCRIBER;
        }
        if (ARCHIVED_EDITION.matcher(path).matches()) {
            return Area.ARCHIVED_EDITION;
        }
        return Area.PUBLIC;
    }

    /**
     * The area of the error page shown for an address: always a page of the site, keeping the stricter caching and
     * referrer rules of the address that failed.
     */
    public static Area errorPageAreaOf(String failedPath) {
        Area area = areaOf(failedPath);
        return area == Area.ADMIN || area == Area.SUBSCRIBER ? area : Area.PUBLIC;
    }

    /** Sets the headers for an area; {@code https}: the site is served over TLS only, so browsers must insist on it. */
    public static void apply(Area area, boolean https, BiConsumer<String, String> header) {
        header.accept(CONTENT_SECURITY_POLICY, area.policy);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", area.referrerPolicy);
        if (area.cacheControl != null) {
            header.accept("Cache-Control", area.cacheControl);
        }
        if (https) {
            header.accept("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
