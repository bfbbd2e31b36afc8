package org.barta.site.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.content.ContentKind;
import org.barta.content.Language;
import org.barta.publicweb.PublicRoutes;
import org.barta.publicweb.SitePaths;
import org.barta.publicweb.SiteRequest;

/**
 * Maps the public site's clean addresses onto its views: {@code /} goes to the visitor's language,
 * {@code /{lang}/…} to home, listings, items, plain pages, archive, tags, search and feeds, and to the pages other
 * features route through {@link PublicRoutes} (the newsletter's). Nothing outside {@code /}, {@code /en/} and
 * {@code /bn/} is touched. Mapped in web.xml, after {@link PageCacheFilter}.
 */
public class SiteRouter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern LANGUAGE_PATH = Pattern.compile("^/(en|bn)(/.*)?$");
    private static final Pattern ARCHIVE = Pattern.compile("^/archive/(\\d{4})/(\\d{2})/$");
    private static final Pattern TAG = Pattern.compile("^/tags/([^/]+)/$");
    private static final Pattern KIND_LISTING = Pattern.compile("^/([a-z-]+)/$");
    private static final Pattern KIND_FEED = Pattern.compile("^/([a-z-]+)/feed\\.atom$");
    private static final Pattern KIND_ITEM = Pattern.compile("^/([a-z-]+)/([^/]+)$");
    private static final Pattern PLAIN_PAGE = Pattern.compile("^/([^/]+)$");

    @Inject
    transient Instance<PublicRoutes> otherFeatures;

    /** Looked up once: the features' routes are application-scoped. */
    private transient List<PublicRoutes> featureRoutes;

    @Override
    public void init() {
        featureRoutes = otherFeatures.stream().toList();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/") || path.isEmpty()) {
            Language language = preferred(request);
            response.setHeader("Vary", "Accept-Language");
            response.setHeader("Cache-Control", "no-cache");
            response.sendRedirect(request.getContextPath() + "/" + language.code() + "/");
            return;
        }
        Matcher lang = LANGUAGE_PATH.matcher(path);
        if (!lang.matches()) {
            chain.doFilter(request, response);
            return;
        }
        Language language = Language.fromCode(lang.group(1)).orElseThrow();
        String rest = lang.group(2);
        if (rest == null) {
            response.sendRedirect(request.getContextPath() + "/" + language.code() + "/");
            return;
        }
        // Query strings (a search for Bangla words) are UTF-8; set before any parameter is read.
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        request.setAttribute(SiteRequest.LANGUAGE, language);
        String view = route(rest, request);
        if (view == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(view).forward(request, response);
    }

    private String route(String rest, HttpServletRequest request) {
        for (PublicRoutes routes : featureRoutes) {
            String view = routes.route(rest, request);
            if (view != null) {
                return view;
            }
        }
        if (rest.equals("/")) {
            return "/site/home.xhtml";
        }
        if (rest.equals("/search")) {
            return "/site/search.xhtml";
        }
        if (rest.equals("/feed.atom")) {
            return FeedServlet.PATH;
        }
        Matcher m;
        if ((m = ARCHIVE.matcher(rest)).matches()) {
            request.setAttribute(SiteRequest.YEAR, Integer.parseInt(m.group(1)));
            request.setAttribute(SiteRequest.MONTH, Integer.parseInt(m.group(2)));
            return "/site/archive.xhtml";
        }
        if ((m = TAG.matcher(rest)).matches()) {
            request.setAttribute(SiteRequest.SLUG, decode(m.group(1)));
            return "/site/tag.xhtml";
        }
        if ((m = KIND_LISTING.matcher(rest)).matches()) {
            return withKind(m.group(1), request, "/site/listing.xhtml");
        }
        if ((m = KIND_FEED.matcher(rest)).matches()) {
            return withKind(m.group(1), request, FeedServlet.PATH);
        }
        if ((m = KIND_ITEM.matcher(rest)).matches()) {
            request.setAttribute(SiteRequest.SLUG, decode(m.group(2)));
            return withKind(m.group(1), request, "/site/item.xhtml");
        }
        if ((m = PLAIN_PAGE.matcher(rest)).matches()) {
            request.setAttribute(SiteRequest.KIND, ContentKind.PAGE);
            request.setAttribute(SiteRequest.SLUG, decode(m.group(1)));
            return "/site/item.xhtml";
        }
        return null;
    }

    private static String withKind(String segment, HttpServletRequest request, String view) {
        return SitePaths.kindOf(segment).map(kind -> {
            request.setAttribute(SiteRequest.KIND, kind);
            return view;
        }).orElse(null);
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The first of the browser's languages that we have; English otherwise. */
    static Language preferred(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Language.EN;
        }
        var locales = request.getLocales();
        while (locales.hasMoreElements()) {
            Locale locale = locales.nextElement();
            var match = Language.fromCode(locale.getLanguage());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return Language.EN;
    }
}
