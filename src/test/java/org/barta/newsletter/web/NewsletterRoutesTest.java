package org.barta.newsletter.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.barta.content.Language;
import org.barta.publicweb.PublicRoute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The newsletter's addresses after {@code /{lang}}, in both languages; anything else is left to the site. */
class NewsletterRoutesTest {

    private final NewsletterRoutes routes = new NewsletterRoutes();

    @ParameterizedTest
    @EnumSource(Language.class)
    void theArchiveItsFeedAndAnEdition(Language language) {
        assertThat(routes.route(language, "/newsletter/"))
                .contains(PublicRoute.to(language, NewsletterRoutes.ARCHIVE));
        assertThat(routes.route(language, "/newsletter/feed.atom"))
                .contains(PublicRoute.to(language, NewsletterArchiveServlet.PATH));
        assertThat(routes.route(language, "/newsletter/12"))
                .contains(PublicRoute.to(language, NewsletterArchiveServlet.PATH).withEdition(12));
        assertThat(routes.route(language, "/newsletter/000007"))
                .contains(PublicRoute.to(language, NewsletterArchiveServlet.PATH).withEdition(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"subscribe", "thanks", "confirm", "unsubscribe", "preferences", "mydata"})
    void eachSubscriberPage(String action) {
        for (Language language : Language.values()) {
            assertThat(routes.route(language, "/newsletter/" + action))
                    .contains(PublicRoute.to(language, NewsletterServlet.PATH).withAction(action));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theDataDownload(Language language) {
        assertThat(routes.route(language, "/newsletter/data.json"))
                .contains(PublicRoute.to(language, NewsletterServlet.PATH).withAction("data"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/newsletter", "/newsletter/data", "/newsletter/1234567", "/newsletter/-1",
            "/newsletter/12/", "/newsletter/subscribe/", "/newsletter/Subscribe", "/newsletter/feed.rss",
            "/newsletter/thanks.json", "/press-statements/", "/newsletter//"})
    void anythingElseIsNotTheNewsletters(String rest) {
        for (Language language : Language.values()) {
            assertThat(routes.route(language, rest)).as(rest).isEmpty();
        }
    }
}
