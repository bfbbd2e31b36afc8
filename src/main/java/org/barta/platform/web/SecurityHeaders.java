package org.barta.platform.web;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
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
    /**
     * The newsroom and the pages around signing in to it: everything rendered with the admin template
     * (WEB-INF/templates/admin.xhtml). A new page of that kind outside /admin/ must be added here, or PrimeFaces'
     * scripts on it are refused by the public site's policy. The sign-in step's security-key options
     * (two-factor-key-options) belong here too: never cached.
     */
    private static final Pattern ADMIN = Pattern.compile(
            "^/(admin(/.*)?|(login|setup|two-factor|two-factor-setup|invitation|forgot-password|password-reset)"
                    + "(\\.xhtml)?|two-factor-key-options)$");
    /**
     * The newsroom's policy. {@value #NONCE} stands for the nonce PrimeFaces gives the page (its CSP mode, web.xml):
     * PrimeFaces writes every script of the page, and the event handlers it moves out of attributes, into script
     * elements carrying that nonce, so no inline script without it runs, and nothing is ever evaluated from a string
     * ('unsafe-eval' is not needed: PrimeFaces runs the scripts of Ajax responses as new script elements with the
     * nonce). 'strict-dynamic' is not needed either: every script file is ours ('self'). Style: PrimeFaces and Quill
     * write style attributes into their markup, on the server and in the browser (widths, positions of overlays,
     * heights of editors), and such attributes cannot carry a nonce, so inline style is allowed; style cannot run
     * script, and with default-src 'self' nothing it loads can leave the site. Images: the theme's data: icons and the
     * blob: previews of files chosen for upload.
     */
    private static final String NONCE = "{nonce}";
    private static final String ADMIN_POLICY = "default-src 'self'; script-src 'self' 'nonce-" + NONCE + "'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; " + NO_FRAMING;
    /** A PrimeFaces nonce: Base64 of a random UUID (and nothing that could end a header or a directive). */
    private static final Pattern NONCE_SOURCE = Pattern.compile("'nonce-([A-Za-z0-9+/]{16,128}={0,2})'");

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
         * The newsroom and sign-in: only our own script files and the scripts PrimeFaces wrote into this very page
         * (see {@link #ADMIN_POLICY}); framed by nobody (clickjacking), posting only to us. A response that
         * PrimeFaces did not render (a redirect, a download, an error) has no nonce and so allows no inline script.
         */
        ADMIN(ADMIN_POLICY, "strict-origin-when-cross-origin", "no-store"),
        /** An edition's preview, framed by the edition page of the newsroom. */
        EDITION_PREVIEW("default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'", "strict-origin-when-cross-origin",
                "no-store");

        /** The policy, with {@value #NONCE} where the page's nonce goes (the newsroom's only). */
        private final String template;
        private final String referrerPolicy;
        private final String cacheControl;

        Area(String template, String referrerPolicy, String cacheControl) {
            this.template = template;
            this.referrerPolicy = referrerPolicy;
            this.cacheControl = cacheControl;
        }

        /** The policy of a response that carries no nonce: for the newsroom, one that runs no inline script. */
        public String policy() {
            return policy(null);
        }

        /**
         * The policy of a page whose inline scripts carry this nonce (null: none do). Only the newsroom honours a
         * nonce; every other area keeps its policy, which allows no inline script at all.
         */
        public String policy(String nonce) {
            if (!template.contains(NONCE)) {
                return template;
            }
            return nonce == null ? template.replace(" 'nonce-" + NONCE + "'", "") : template.replace(NONCE, nonce);
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

    /**
     * The nonce in a policy that PrimeFaces set for the page it rendered ({@code script-src 'self' 'nonce-…';}), if
     * it is one PrimeFaces could have made.
     */
    public static Optional<String> nonceIn(String policy) {
        Matcher nonce = NONCE_SOURCE.matcher(policy == null ? "" : policy);
        return nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
    }

    /** Sets the headers for an area; {@code https}: the site is served over TLS only, so browsers must insist on it. */
    public static void apply(Area area, boolean https, BiConsumer<String, String> header) {
        header.accept(CONTENT_SECURITY_POLICY, area.policy());
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
