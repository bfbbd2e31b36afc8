package org.barta.site.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import org.barta.content.ContentKind;
import org.barta.content.Language;
import org.barta.publicweb.PublicRoute;
import org.barta.publicweb.RouteTable;
import org.barta.publicweb.SitePaths;

/** The site's own public addresses, after {@code /{lang}}, and the view or servlet that answers each. */
final class SiteRoutes {

    static final String HOME = "/site/home.xhtml";
    static final String SEARCH = "/site/search.xhtml";
    static final String ARCHIVE = "/site/archive.xhtml";
    static final String TAG = "/site/tag.xhtml";
    static final String LISTING = "/site/listing.xhtml";
    static final String ITEM = "/site/item.xhtml";

    private static final RouteTable TABLE = new RouteTable()
            .add("/", HOME)
            .add("/search", SEARCH)
            .add("/feed\\.atom", FeedServlet.PATH)
            .add("/archive/(\\d{4})/(\\d{2})/", ARCHIVE, (route, address) ->
                    month(address.group(1), address.group(2)).map(route::withMonth))
            .add("/tags/([^/]+)/", TAG, (route, address) -> Optional.of(route.withSlug(decode(address.group(1)))))
            .add("/([a-z-]+)/", LISTING, (route, address) -> SitePaths.kindOf(address.group(1)).map(route::withKind))
            .add("/([a-z-]+)/feed\\.atom", FeedServlet.PATH, (route, address) ->
                    SitePaths.kindOf(address.group(1)).map(route::withKind))
            .add("/([a-z-]+)/([^/]+)", ITEM, (route, address) -> SitePaths.kindOf(address.group(1))
                    .map(kind -> route.withKind(kind).withSlug(decode(address.group(2)))))
            .add("/([^/]+)", ITEM, (route, address) ->
                    Optional.of(route.withKind(ContentKind.PAGE).withSlug(decode(address.group(1)))));

    private SiteRoutes() {
    }

    static Optional<PublicRoute> route(Language language, String rest) {
        return TABLE.route(language, rest);
    }

    private static Optional<YearMonth> month(String year, String month) {
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
