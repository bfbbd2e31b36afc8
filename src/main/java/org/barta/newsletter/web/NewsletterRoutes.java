package org.barta.newsletter.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.barta.content.Language;
import org.barta.publicweb.PublicRoute;
import org.barta.publicweb.PublicRoutes;
import org.barta.publicweb.RouteTable;

/** The newsletter's public addresses: the archive, its editions and its feed, sign-up and subscriber pages. */
@ApplicationScoped
public class NewsletterRoutes implements PublicRoutes {

    static final String ARCHIVE = "/site/newsletter-archive.xhtml";

    private static final RouteTable TABLE = new RouteTable()
            .add("/newsletter/", ARCHIVE)
            .add("/newsletter/feed\\.atom", NewsletterArchiveServlet.PATH)
            .add("/newsletter/(\\d{1,6})", NewsletterArchiveServlet.PATH, (route, address) ->
                    Optional.of(route.withEdition(Integer.parseInt(address.group(1)))))
            .add("/newsletter/(subscribe|thanks|confirm|unsubscribe|preferences|mydata|preview)", NewsletterServlet.PATH,
                    (route, address) -> Optional.of(route.withAction(address.group(1))))
            .add("/newsletter/data\\.json", NewsletterServlet.PATH,
                    (route, address) -> Optional.of(route.withAction("data")));

    @Override
    public Optional<PublicRoute> route(Language language, String rest) {
        return TABLE.route(language, rest);
    }
}
