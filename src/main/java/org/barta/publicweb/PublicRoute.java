package org.barta.publicweb;

import jakarta.servlet.ServletRequest;
import java.time.YearMonth;
import java.util.Optional;
import org.barta.content.ContentKind;
import org.barta.content.Language;

/**
 * What a public address under {@code /{lang}/} names, worked out once by the site's router and kept under one request
 * attribute for the view or servlet that answers it: the language, that view or servlet ({@code target}), and the
 * parts of the address the page needs. Parts a page does not use are null.
 *
 * @param kind    the kind of a listing, a kind's feed or an item ({@link ContentKind#PAGE} for plain pages)
 * @param slug    an item's or a tag's slug, percent-decoded
 * @param month   an archive's month
 * @param edition a newsletter edition's number
 * @param action  a newsletter subscriber page: subscribe, thanks, confirm, unsubscribe, preferences, mydata, data
 */
public record PublicRoute(Language language, String target, ContentKind kind, String slug, YearMonth month,
        Integer edition, String action) {

    private static final String ATTRIBUTE = "barta.route";

    public static PublicRoute to(Language language, String target) {
        return new PublicRoute(language, target, null, null, null, null, null);
    }

    /** An address in {@code language} that names no page: the 404 page still speaks its language. */
    public static PublicRoute nowhere(Language language) {
        return to(language, null);
    }

    public PublicRoute withKind(ContentKind kind) {
        return new PublicRoute(language, target, kind, slug, month, edition, action);
    }

    public PublicRoute withSlug(String slug) {
        return new PublicRoute(language, target, kind, slug, month, edition, action);
    }

    public PublicRoute withMonth(YearMonth month) {
        return new PublicRoute(language, target, kind, slug, month, edition, action);
    }

    public PublicRoute withEdition(int edition) {
        return new PublicRoute(language, target, kind, slug, month, edition, action);
    }

    public PublicRoute withAction(String action) {
        return new PublicRoute(language, target, kind, slug, month, edition, action);
    }

    public void storeIn(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The route the router stored; none for requests it did not route (an error page, a servlet's own address). */
    public static Optional<PublicRoute> of(ServletRequest request) {
        return Optional.ofNullable((PublicRoute) request.getAttribute(ATTRIBUTE));
    }
}
