package org.barta.publicweb;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.barta.content.ContentKind;
import org.barta.content.Language;
import org.junit.jupiter.api.Test;

/** The views read the router's one route, and on error pages the language of the address that failed. */
class SiteRequestTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private final SiteRequest siteRequest = new SiteRequest();

    SiteRequestTest() {
        siteRequest.request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getRequestURI" -> "/site/not-found.xhtml";
                    default -> null;
                });
    }

    @Test
    void aRoutedItemPage() {
        PublicRoute.to(Language.BN, "/site/item.xhtml").withKind(ContentKind.EDITORIAL).withSlug("বন্যা")
                .storeIn(siteRequest.request);

        assertThat(siteRequest.getLanguage()).isEqualTo(Language.BN);
        assertThat(siteRequest.getOtherLanguage()).isEqualTo(Language.EN);
        assertThat(siteRequest.getKind()).isEqualTo(ContentKind.EDITORIAL);
        assertThat(siteRequest.getSlug()).isEqualTo("বন্যা");
        assertThat(siteRequest.getMonth()).isNull();
    }

    @Test
    void aRoutedArchiveMonth() {
        PublicRoute.to(Language.EN, "/site/archive.xhtml").withMonth(YearMonth.of(2026, 11))
                .storeIn(siteRequest.request);

        assertThat(siteRequest.getMonth()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(siteRequest.getKind()).isNull();
    }

    @Test
    void anAddressThatNamesNothingStillHasItsLanguage() {
        PublicRoute.nowhere(Language.BN).storeIn(siteRequest.request);

        assertThat(siteRequest.getLanguage()).isEqualTo(Language.BN);
    }

    @Test
    void anErrorPageForAnAddressTheRouterNeverSaw() {
        attributes.put(RequestDispatcher.ERROR_REQUEST_URI, "/media/bn/missing.png");
        assertThat(siteRequest.getLanguage()).isEqualTo(Language.BN);

        attributes.put(RequestDispatcher.ERROR_REQUEST_URI, "/media/missing.png");
        assertThat(siteRequest.getLanguage()).isEqualTo(Language.EN);
        assertThat(siteRequest.getKind()).isNull();
        assertThat(siteRequest.getSlug()).isNull();
    }
}
