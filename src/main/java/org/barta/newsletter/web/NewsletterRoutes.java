package org.barta.newsletter.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.publicweb.PublicRoutes;

/** The newsletter's public addresses: sign-up and subscriber pages, the archive, its editions and its feed. */
@ApplicationScoped
public class NewsletterRoutes implements PublicRoutes {

    private static final Pattern SUBSCRIBER_PAGE =
            Pattern.compile("^/newsletter/(subscribe|thanks|confirm|unsubscribe|preferences|mydata|data\\.json)$");
    private static final Pattern EDITION = Pattern.compile("^/newsletter/(\\d{1,6})$");

    @Override
    public String route(String rest, HttpServletRequest request) {
        if (!rest.startsWith("/newsletter/")) {
            return null;
        }
        if (rest.equals("/newsletter/")) {
            return "/site/newsletter-archive.xhtml";
        }
        if (rest.equals("/newsletter/feed.atom")) {
            return NewsletterArchiveServlet.PATH;
        }
        Matcher edition = EDITION.matcher(rest);
        if (edition.matches()) {
            request.setAttribute(NewsletterArchiveServlet.NUMBER, Integer.parseInt(edition.group(1)));
            return NewsletterArchiveServlet.PATH;
        }
        Matcher page = SUBSCRIBER_PAGE.matcher(rest);
        if (page.matches()) {
            request.setAttribute(NewsletterServlet.ACTION, page.group(1).replace(".json", ""));
            return NewsletterServlet.PATH;
        }
        return null;
    }
}
