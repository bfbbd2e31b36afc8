package org.barta.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Optional;
import org.barta.content.ContentKind;
import org.barta.content.Language;
import org.barta.publicweb.PublicRoute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form of the site's addresses after {@code /{lang}}, in both languages. */
class SiteRoutesTest {

    /** "বন্যা" (flood), as a browser sends it. */
    private static final String FLOOD = "%E0%A6%AC%E0%A6%A8%E0%A7%8D%E0%A6%AF%E0%A6%BE";

    @ParameterizedTest
    @EnumSource(Language.class)
    void homeSearchAndTheSiteFeed(Language language) {
        assertThat(SiteRoutes.route(language, "/")).contains(PublicRoute.to(language, SiteRoutes.HOME));
        assertThat(SiteRoutes.route(language, "/search")).contains(PublicRoute.to(language, SiteRoutes.SEARCH));
        assertThat(SiteRoutes.route(language, "/feed.atom")).contains(PublicRoute.to(language, FeedServlet.PATH));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anArchiveMonth(Language language) {
        assertThat(SiteRoutes.route(language, "/archive/2026/11/"))
                .contains(PublicRoute.to(language, SiteRoutes.ARCHIVE).withMonth(YearMonth.of(2026, 11)));
        assertThat(SiteRoutes.route(language, "/archive/2026/13/")).isEmpty();
        assertThat(SiteRoutes.route(language, "/archive/2026/00/")).isEmpty();
        assertThat(SiteRoutes.route(language, "/archive/2026/11")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aTagWithAPercentEncodedBanglaSlug(Language language) {
        assertThat(SiteRoutes.route(language, "/tags/" + FLOOD + "/"))
                .contains(PublicRoute.to(language, SiteRoutes.TAG).withSlug("বন্যা"));
        assertThat(SiteRoutes.route(language, "/tags/c++/"))
                .as("a plus in a path is a plus, not a space")
                .contains(PublicRoute.to(language, SiteRoutes.TAG).withSlug("c++"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachKindsListingFeedAndItems(Language language) {
        for (ContentKind kind : ContentKind.values()) {
            if (kind == ContentKind.PAGE) {
                continue;
            }
            String segment = "/" + kind.pathSegment() + "/";
            assertThat(SiteRoutes.route(language, segment))
                    .contains(PublicRoute.to(language, SiteRoutes.LISTING).withKind(kind));
            assertThat(SiteRoutes.route(language, segment + "feed.atom"))
                    .contains(PublicRoute.to(language, FeedServlet.PATH).withKind(kind));
            assertThat(SiteRoutes.route(language, segment + FLOOD))
                    .contains(PublicRoute.to(language, SiteRoutes.ITEM).withKind(kind).withSlug("বন্যা"));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPlainPage(Language language) {
        assertThat(SiteRoutes.route(language, "/about-us"))
                .contains(PublicRoute.to(language, SiteRoutes.ITEM).withKind(ContentKind.PAGE).withSlug("about-us"));
        assertThat(SiteRoutes.route(language, "/" + FLOOD))
                .contains(PublicRoute.to(language, SiteRoutes.ITEM).withKind(ContentKind.PAGE).withSlug("বন্যা"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/statements/", "/statements/feed.atom", "/statements/some-slug", "/newsletter/",
            "/archive/x/", "/search/", "/tags/", "/tags/floods", "/press-statements/a/b", "/a/b/c/d", "//", "",
            "/Press-Statements/"})
    void anUnknownKindOrJunkIsNothing(String rest) {
        for (Language language : Language.values()) {
            assertThat(SiteRoutes.route(language, rest)).as(rest).isEqualTo(Optional.empty());
        }
    }
}
