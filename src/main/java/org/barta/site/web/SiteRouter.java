package org.barta.site.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.content.Language;
import org.barta.publicweb.PublicRoute;
import org.barta.publicweb.PublicRoutes;
import org.barta.site.redirect.OldAddress;
import org.barta.site.redirect.RedirectCounts;
import org.barta.site.redirect.RedirectIndex;

/**
 * Maps the public site's clean addresses onto their views and servlets: {@code /} goes to the visitor's language;
 * for {@code /{lang}/…} it asks the other features' {@link PublicRoutes} (the newsletter's), then the site's own
 * {@link SiteRoutes}, stores the {@link PublicRoute} found on the request and forwards to its target (404 when none
 * is found). An old address ({@link RedirectIndex}) gets its permanent redirect, and every address that ends
 * in a 404 is counted ({@link RedirectCounts}); otherwise nothing outside {@code /}, {@code /en/} and {@code /bn/}
 * is touched. Mapped in web.xml, after {@link PageCacheFilter}.
 */
public class SiteRouter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Browsers keep a redirect an hour only: an editor may still point it elsewhere. */
    static final String REDIRECT_CACHE_CONTROL = "public, max-age=3600";
    private static final Pattern LANGUAGE_PATH = Pattern.compile("^/(en|bn)(/.*)?$");

    @Inject
    transient Instance<PublicRoutes> otherFeatures;

    @Inject
    transient RedirectIndex redirects;

    @Inject
    transient RedirectCounts counts;

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
            // An old WordPress site's ?p=N and ?page_id=N arrive at the home page.
            if (request.getQueryString() != null && redirected(request, response, "/")) {
                return;
            }
            Language language = preferred(request);
            response.setHeader("Vary", "Accept-Language");
            response.setHeader("Cache-Control", "no-cache");
            response.sendRedirect(request.getContextPath() + "/" + language.code() + "/");
            return;
        }
        Matcher lang = LANGUAGE_PATH.matcher(path);
        if (!lang.matches()) {
            if (!redirected(request, response, path)) {
                chain.doFilter(request, response);
                countIfMissing(response, path);
            }
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
        PublicRoute route = route(language, rest).orElse(PublicRoute.nowhere(language));
        // A page that answers wins: only an address that names nothing, or a slug, may be an old address.
        if ((route.target() == null || route.slug() != null) && redirected(request, response, path)) {
            return;
        }
        route.storeIn(request);
        if (route.target() == null) {
            countIfMissing(response, path);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(route.target()).forward(request, response);
        if (route.slug() != null) {
            // An item or tag that is not there; a listing's page out of range is no address to redirect.
            countIfMissing(response, path);
        }
    }

    /** Answers an old address with a permanent redirect (outside the languages, the edge answers most). */
    private boolean redirected(HttpServletRequest request, HttpServletResponse response, String path) {
        Optional<String> target = OldAddress.lookups(path, request.getQueryString()).stream()
                .filter(address -> !OldAddress.reserved(address))
                .flatMap(address -> redirects.targetOf(address).stream()).findFirst();
        if (target.isEmpty()) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + target.get());
        response.setHeader("Cache-Control", REDIRECT_CACHE_CONTROL);
        return true;
    }

    private void countIfMissing(HttpServletResponse response, String path) {
        if (response.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
            OldAddress.ofRequestPath(path).filter(address -> !address.startsWith("/admin/"))
                    .ifPresent(counts::missed);
        }
    }

    private Optional<PublicRoute> route(Language language, String rest) {
        for (PublicRoutes routes : featureRoutes) {
            Optional<PublicRoute> route = routes.route(language, rest);
            if (route.isPresent()) {
                return route;
            }
        }
        return SiteRoutes.route(language, rest);
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
