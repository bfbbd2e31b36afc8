package org.barta.publicweb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.barta.content.ContentKind;
import org.barta.content.Language;

/**
 * What the address named, for the views: the {@link PublicRoute} the site's router stored (language, kind, slug,
 * month), and the page number and search words from the query string.
 */
@Named
@RequestScoped
public class SiteRequest {

    /** What {@link #getPage()} answers for a page number that cannot exist. */
    public static final int NO_SUCH_PAGE = 0;

    @Inject
    HttpServletRequest request;

    public Language getLanguage() {
        Optional<PublicRoute> routed = PublicRoute.of(request);
        if (routed.isPresent()) {
            return routed.get().language();
        }
        // Error pages: take the language from the address that failed.
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed == null ? request.getRequestURI() : failed.toString();
        return uri.contains("/bn/") || uri.endsWith("/bn") ? Language.BN : Language.EN;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public Language getOtherLanguage() {
        return getLanguage().other();
    }

    public ContentKind getKind() {
        return PublicRoute.of(request).map(PublicRoute::kind).orElse(null);
    }

    public String getSlug() {
        return PublicRoute.of(request).map(PublicRoute::slug).orElse(null);
    }

    public YearMonth getMonth() {
        return PublicRoute.of(request).map(PublicRoute::month).orElse(null);
    }

    /**
     * {@code ?page=N}: 1 when absent, {@link #NO_SUCH_PAGE} when it is not a whole number from 1 to
     * {@link Integer#MAX_VALUE} ("-1", "abc", "99999999999999"), which the listing answers with 404.
     */
    public int getPage() {
        String page = request.getParameter("page");
        if (page == null) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page);
            return number >= 1 ? number : NO_SUCH_PAGE;
        } catch (NumberFormatException e) {
            return NO_SUCH_PAGE;
        }
    }

    public String getQuery() {
        String q = request.getParameter("q");
        return q == null ? "" : q;
    }
}
