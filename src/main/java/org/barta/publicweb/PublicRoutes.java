package org.barta.publicweb;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A feature's own public pages under {@code /{lang}/}: the site's router asks every bean of this type before its
 * own routes, so the site need not know the feature (the newsletter's sign-up and archive pages).
 */
public interface PublicRoutes {

    /**
     * The view or servlet path to forward to for {@code rest}, the address after {@code /{lang}}, with whatever it
     * needs set as request attributes; null when the address is not this feature's.
     */
    String route(String rest, HttpServletRequest request);
}
