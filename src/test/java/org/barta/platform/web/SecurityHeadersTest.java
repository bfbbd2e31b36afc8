package org.barta.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
        assertThat(SecurityHeaders.areaOf("/two-factor")).isEqualTo(Area.ADMIN);
        assertThat(SecurityHeaders.areaOf("/two-factor-setup")).isEqualTo(Area.ADMIN);
        assertThat(SecurityHeaders.areaOf("/two-factor-setup.xhtml")).isEqualTo(Area.ADMIN);
        assertThat(SecurityHeaders.areaOf("/two-factor-key-options")).isEqualTo(Area.ADMIN);
        assertThat(SecurityHeaders.areaOf("/two-factors")).isEqualTo(Area.PUBLIC);
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
    void theNewsroomRunsOnlyScriptFilesAndScriptsCarryingThePagesNonce() {
        String page = Area.ADMIN.policy("YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1");

        assertThat(directive(page, "script-src")).isEqualTo("script-src 'self' 'nonce-YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1'");
        assertThat(page).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                "frame-ancestors 'none'").doesNotContain("unsafe-eval", "strict-dynamic", "{nonce}", "*");
        // Inline style only: PrimeFaces' and Quill's style attributes (see SecurityHeaders.ADMIN_POLICY).
        assertThat(directive(page, "style-src")).isEqualTo("style-src 'self' 'unsafe-inline'");
        assertThat(page.split(";")).filteredOn(d -> d.contains("unsafe-inline")).hasSize(1);
        assertThat(directive(Area.ADMIN.policy(), "script-src")).as("a response PrimeFaces did not render")
                .isEqualTo("script-src 'self'");
    }

    @Test
    void noOtherAreaHonoursANonce() {
        for (Area area : Area.values()) {
            if (area != Area.ADMIN) {
                assertThat(area.policy("YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1")).isEqualTo(area.policy())
                        .doesNotContain("nonce", "unsafe-eval");
            }
        }
    }

    @Test
    void theNonceIsReadFromPrimeFacesPolicyOnlyWhenItLooksLikeOne() {
        assertThat(SecurityHeaders.nonceIn("script-src 'self' 'nonce-YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1';"))
                .hasValue("YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1");
        assertThat(SecurityHeaders.nonceIn("script-src 'self'")).isEmpty();
        assertThat(SecurityHeaders.nonceIn(null)).isEmpty();
        assertThat(SecurityHeaders.nonceIn("script-src 'nonce-short'")).isEmpty();
        assertThat(SecurityHeaders.nonceIn("script-src 'nonce-YTQyM2ZiNTktNjFhZS00ZjI1'; script-src *'")).hasValue("YTQyM2ZiNTktNjFhZS00ZjI1");
        assertThat(SecurityHeaders.nonceIn("script-src 'nonce-YTQyM2ZiNTktNjFh ZS00ZjI1LWEzMWIt'")).isEmpty();
    }

    @Test
    void aResponseKeepsOnePolicyWhateverIsRenderedAfterTheFilter() {
        String primeFaces = "script-src 'self' 'nonce-YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1';";

        Map<String, List<String>> admin = filtered(Area.ADMIN, response -> response.addHeader("Content-Security-Policy", primeFaces));
        assertThat(admin.get("Content-Security-Policy"))
                .containsExactly(Area.ADMIN.policy("YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1"));

        Map<String, List<String>> site = filtered(Area.PUBLIC, response -> response.addHeader("content-security-policy", primeFaces));
        assertThat(site.get("Content-Security-Policy")).containsExactly(Area.PUBLIC.policy());

        Map<String, List<String>> redirect = filtered(Area.ADMIN, response -> response.setHeader("Location", "/login"));
        assertThat(redirect.get("Content-Security-Policy")).containsExactly(Area.ADMIN.policy());
        assertThat(redirect.get("Location")).containsExactly("/login");
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

    /** One directive of a policy, as written. */
    private static String directive(String policy, String name) {
        return java.util.Arrays.stream(policy.split(";")).map(String::trim).filter(d -> d.startsWith(name + " "))
                .reduce((a, b) -> {
                    throw new AssertionError("twice: " + name);
                }).orElseThrow();
    }

    /** The headers of a response to which the filter applied an area's, then the rest of the chain wrote. */
    private static Map<String, List<String>> filtered(Area area, Consumer<HttpServletResponse> chain) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" -> headers.computeIfAbsent((String) args[0], k -> new ArrayList<>()).add((String) args[1]);
                        default -> {
                            return null;
                        }
                    }
                    return null;
                });
        SecurityHeaders.apply(area, false, response::setHeader);
        chain.accept(new SecurityHeadersFilter.OnePolicy(response, area));
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
