package org.barta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.barta.platform.web.SecurityHeaders;
import org.barta.platform.web.SecurityHeaders.Area;
import org.barta.testing.Deployments;
import org.barta.testing.TestAccounts;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of response carries the security headers of its area, whether the servlet container or the page
 * cache's edge answered it, and anonymous visitors of the sign-in page and the newsroom get no session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final String PASSWORD = "headers are checked everywhere";
    /** Anonymous requests per address; the README's figure was measured with 1,000. */
    private static final int ANONYMOUS_GETS = Integer.getInteger("barta.test.anonymous-gets", 200);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aPublicPageCarriesTheSameHeadersFromTheContainerAndFromTheEdge() throws Exception {
        WebClient visitor = new WebClient(base.toURI());

        HttpResponse<String> rendered = visitor.get("/en/press-statements/");
        HttpResponse<String> cached = visitor.get("/en/press-statements/");

        assertThat(rendered.headers().firstValue("X-Barta-Cache")).hasValue("miss");
        assertThat(cached.headers().firstValue("X-Barta-Cache")).hasValue("edge");
        for (HttpResponse<String> page : java.util.List.of(rendered, cached)) {
            assertHeaders(page, 200, Area.PUBLIC);
            assertThat(page.headers().firstValue(SecurityHeaders.CONTENT_SECURITY_POLICY).orElseThrow())
                    .contains("script-src 'self'", "frame-ancestors 'none'", "base-uri 'self'",
                            "form-action 'self'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
        }
    }

    @Test
    void feedsFromTheContainerAndTheEdgeCarryThem() throws Exception {
        WebClient reader = new WebClient(base.toURI());

        HttpResponse<String> rendered = reader.get("/bn/feed.atom");
        HttpResponse<String> cached = reader.get("/bn/feed.atom");

        assertThat(cached.headers().firstValue("X-Barta-Cache")).hasValue("edge");
        assertHeaders(rendered, 200, Area.PUBLIC);
        assertHeaders(cached, 200, Area.PUBLIC);
    }

    @Test
    void errorPagesCarryThem() throws Exception {
        WebClient visitor = new WebClient(base.toURI());

        assertHeaders(visitor.get("/en/no-such-page-anywhere"), 404, Area.PUBLIC);
        assertHeaders(visitor.get("/media/no-such-file"), 404, Area.PUBLIC);
    }

    @Test
    void subscriberPagesKeepNoReferrerAndAreNeverStored() throws Exception {
        HttpResponse<String> thanks = new WebClient(base.toURI()).get("/en/newsletter/thanks");

        assertHeaders(thanks, 200, Area.SUBSCRIBER);
        assertThat(thanks.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void theSignInPageAndTheNewsroomCannotBeFramedOrStored() throws Exception {
        TestAccounts.ensure("header-editor", "Header Editor", "EDITOR", PASSWORD);
        WebClient editor = new WebClient(base.toURI());

        assertHeaders(editor.get("/login"), 200, Area.ADMIN);
        assertHeaders(editor.get("/admin/"), 302, Area.ADMIN);
        HttpResponse<String> signedIn = editor.submit("/login", "login",
                Map.of("username", "header-editor", "password", PASSWORD), "submit");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> dashboard = editor.get("/admin/");
        assertHeaders(dashboard, 200, Area.ADMIN);
        assertThat(dashboard.body()).contains("Header Editor");
        assertThat(dashboard.headers().firstValue(SecurityHeaders.CONTENT_SECURITY_POLICY).orElseThrow())
                .contains("frame-ancestors 'none'");
        assertHeaders(editor.get("/admin/items"), 200, Area.ADMIN);
    }

    @Test
    void anonymousVisitsOfTheSignInPageAndTheNewsroomMakeNoSession() throws Exception {
        HttpClient cookieless = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        int sessions = 0;
        for (String path : new String[] {"/login", "/admin/", "/admin/items"}) {
            URI address = base.toURI().resolve(path);
            for (int i = 0; i < ANONYMOUS_GETS; i++) {
                HttpResponse<Void> response = cookieless.send(HttpRequest.newBuilder(address).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(response.statusCode()).as(path).isIn(200, 302);
                if (response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                    sessions++;
                }
            }
        }
        System.out.printf("Sessions created by %d anonymous GETs each of /login, /admin/ and /admin/items: %d%n",
                ANONYMOUS_GETS, sessions);
        assertThat(sessions).isZero();
    }

    private static void assertHeaders(HttpResponse<String> response, int status, Area area) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().allValues(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .as("policy of " + response.uri()).containsExactly(area.policy());
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy"))
                .hasValue(area == Area.SUBSCRIBER ? "no-referrer" : "strict-origin-when-cross-origin");
        if (area == Area.ADMIN || area == Area.SUBSCRIBER) {
            assertThat(response.headers().allValues("Cache-Control")).as("stored by nobody: " + response.uri())
                    .anySatisfy(value -> assertThat(value).contains("no-store"));
        }
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP here").isEmpty();
    }
}
