package org.barta.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.barta.platform.web.SecurityHeaders.Area;
import org.junit.jupiter.api.Test;

/** Which headers each address gets, and what changes when the site is served over HTTPS. */
class SecurityHeadersTest {

    @Test
    void addressesFallIntoTheirAreas() {
        assertThat(SecurityHeaders.areaOf("/en/")).isEqualTo(Area.PUBLIC);
        assertThat(SecurityHeaders.areaOf("/bn/feed.atom")).isEqualTo(Area.PUBLIC);
        assertThat(SecurityHeaders.areaOf("/administrators")).isEqualTo(Area.PUBLIC);
        assertThat(SecurityHeaders.areaOf("/en/newsletter/preferences")).isEqualTo(Area.SUBSCRIBER);
        assertThat(SecurityHeaders.areaOf("/bn/newsletter/data.json")).isEqualTo(Area.SUBSCRIBER);
        assertThat(SecurityHeaders.areaOf("/bn/newsletter/mydata")).as("the mailed my-data link").isEqualTo(Area.SUBSCRIBER);
        assertThat(SecurityHeaders.areaOf("/en/newsletter/12")).isEqualTo(Area.ARCHIVED_EDITION);
        assertThat(SecurityHeaders.areaOf("/en/newsletter/")).isEqualTo(Area.PUBLIC);
        assertThat(SecurityHeaders.areaOf("/media/abc/large")).isEqualTo(Area.MEDIA);
        assertThat(SecurityHeaders.areaOf("/admin")).isEqualTo(Area.ADMIN);
        assertThat(SecurityHeaders.areaOf("/admin/items")).isEqualTo(Area.ADMIN);
        assertThat(SecurityHeaders.areaOf("/login")).isEqualTo(Area.ADMIN);
        assertThat(SecurityHeaders.areaOf("/setup.xhtml")).isEqualTo(Area.ADMIN);
        assertThat(SecurityHeaders.areaOf("/admin/edition-preview")).isEqualTo(Area.EDITION_PREVIEW);
    }

    @Test
    void errorPagesArePagesKeepingTheStricterRulesOfTheFailedAddress() {
        assertThat(SecurityHeaders.errorPageAreaOf("/media/missing")).isEqualTo(Area.PUBLIC);
        assertThat(SecurityHeaders.errorPageAreaOf("/admin/missing")).isEqualTo(Area.ADMIN);
        assertThat(SecurityHeaders.errorPageAreaOf("/en/newsletter/preferences")).isEqualTo(Area.SUBSCRIBER);
    }

    @Test
    void noPageCanBeFramedButTheEditionPreviewInsideTheNewsroom() {
        for (Area area : Area.values()) {
            assertThat(area.policy()).contains(area == Area.EDITION_PREVIEW
                    ? "frame-ancestors 'self'" : "frame-ancestors 'none'");
        }
    }

    @Test
    void overPlainHttpThereIsNoTransportSecurityHeader() {
        Map<String, String> headers = headers(Area.PUBLIC, false);

        assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "strict-origin-when-cross-origin")
                .containsEntry("Content-Security-Policy", Area.PUBLIC.policy())
                .doesNotContainKeys("Strict-Transport-Security", "Cache-Control");
    }

    @Test
    void overHttpsBrowsersAreToldToInsistOnIt() {
        assertThat(headers(Area.ADMIN, true))
                .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .containsEntry("Cache-Control", "no-store");
    }

    @Test
    void theSiteIsHttpsWhenItsBaseUrlIs() {
        assertThat(TransportSecurity.isHttps("https://news.example.org")).isTrue();
        assertThat(TransportSecurity.isHttps(" HTTPS://news.example.org/")).isTrue();
        assertThat(TransportSecurity.isHttps("http://127.0.0.1:8080")).isFalse();
    }

    @Test
    void theSessionCookieIsSecureOnlyOverHttps() {
        assertThat(secureAfterConfiguring(true)).isTrue();
        assertThat(secureAfterConfiguring(false)).isFalse();
    }

    private static Map<String, String> headers(Area area, boolean https) {
        Map<String, String> headers = new LinkedHashMap<>();
        SecurityHeaders.apply(area, https, headers::put);
        return headers;
    }

    private static boolean secureAfterConfiguring(boolean https) {
        boolean[] secure = {false};
        SessionCookieConfig cookie = (SessionCookieConfig) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setSecure")) {
                        secure[0] = (Boolean) args[0];
                    }
                    return null;
                });
        SecureSessionCookie.configure(cookie, https);
        return secure[0];
    }
}
