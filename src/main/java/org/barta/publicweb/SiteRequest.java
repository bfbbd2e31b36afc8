package org.barta.publicweb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.barta.content.ContentKind;
import org.barta.content.Language;

/**
 * What the site's router found in the address (request attributes it sets): the language and, by page, kind, slug,
 * month.
 */
@Named
@RequestScoped
public class SiteRequest {

    /** What {@link #getPage()} answers for a page number that cannot exist. */
    public static final int NO_SUCH_PAGE = 0;

    public static final String LANGUAGE = "barta.language";
    public static final String KIND = "barta.kind";
    public static final String SLUG = "barta.slug";
    public static final String YEAR = "barta.year";
    public static final String MONTH = "barta.month";

    @Inject
    HttpServletRequest request;

    public Language getLanguage() {
        Object routed = request.getAttribute(LANGUAGE);
        if (routed instanceof Language language) {
            return language;
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
        return (ContentKind) request.getAttribute(KIND);
    }

    public String getSlug() {
        return (String) request.getAttribute(SLUG);
    }

    public Integer getYear() {
        return (Integer) request.getAttribute(YEAR);
    }

    public Integer getMonth() {
        return (Integer) request.getAttribute(MONTH);
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
