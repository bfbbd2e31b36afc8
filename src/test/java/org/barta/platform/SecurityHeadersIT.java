package org.barta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.platform.web.SecurityHeaders;
import org.barta.platform.web.SecurityHeaders.Area;
import org.barta.testing.Browser;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every kind of response carries the security headers of its area, whether the servlet container or the page
 * cache's edge answered it, and anonymous visitors of the sign-in, invitation and reset pages and of the newsroom
 * get no session. The newsroom's policy runs the scripts PrimeFaces wrote into a page, with the page's nonce, and
 * nothing else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final String PASSWORD = "headers are checked everywhere";
    private static final Pattern PRIMEFACES_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
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
    void everyNewsroomPageHasANewNonceOnEachOfItsScriptsAndNoInlineHandler() throws Exception {
        TestAccounts.ensure("header-editor", "Header Editor", "EDITOR", PASSWORD);
        WebClient editor = new WebClient(base.toURI());

        String first = scriptsOf(editor.get("/login"));
        String second = scriptsOf(editor.get("/login"));
        assertThat(first).as("a nonce is never used twice").isNotEqualTo(second);
        scriptsOf(editor.get("/setup"));

        assertThat(editor.submit("/login", "login", Map.of("username", "header-editor", "password", PASSWORD), "submit")
                .statusCode()).isEqualTo(302);
        Set<String> nonces = new HashSet<>(List.of(first, second));
        for (String page : List.of("/admin/", "/admin/items", "/admin/item?kind=PRESS_STATEMENT",
                "/admin/item?kind=EVENT_REPORT", "/admin/media", "/admin/subscribers", "/admin/newsletter",
                "/admin/two-factor", "/admin/sends", "/admin/releases?item=1", "/admin/items")) {
            assertThat(nonces.add(scriptsOf(editor.get(page)))).as("new nonce on " + page).isTrue();
        }
    }

    @Test
    void aScriptInjectedIntoANewsroomPageDoesNotRun() throws Exception {
        TestAccounts.ensure("header-editor", "Header Editor", "EDITOR", PASSWORD);
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            // A failed sign-in shows the stateless page again: its form must have had the nonce to send back.
            browser.get(base.toString().replaceAll("/$", "") + "/login");
            browser.findElement(By.id("login:username")).sendKeys("header-editor");
            browser.findElement(By.id("login:password")).sendKeys("not the password");
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".messages .error")));
            Browser.signIn(browser, base, "header-editor", PASSWORD);
            browser.get(base.toString().replaceAll("/$", "") + "/admin/items");
            wait.until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
            assertThat(browser.executeScript("return PrimeFaces.csp.NONCE_VALUE.length > 0 "
                    + "&& Object.keys(PrimeFaces.widgets).length > 0")).as("PrimeFaces ran and made its widgets").isEqualTo(true);
            assertThat(Browser.policyViolations(browser)).as("PrimeFaces' own scripts all carry the nonce").isEmpty();

            // What an XSS would try: a script element, and an event handler in markup.
            browser.executeScript("""
                    const script = document.createElement('script');
                    script.textContent = 'window.injectedScript = true;';
                    document.body.appendChild(script);
                    const holder = document.createElement('div');
                    holder.innerHTML = '<img src="no-such-image" alt="" onerror="window.injectedHandler = true">';
                    document.body.appendChild(holder);
                    """);
            List<String> refused = new ArrayList<>();
            wait.until(driver -> {
                refused.addAll(Browser.policyViolations(browser));
                return refused.size() >= 2;
            });
            assertThat(browser.executeScript("return [window.injectedScript === undefined, window.injectedHandler === undefined]"))
                    .isEqualTo(List.of(true, true));
            // Chromium 150 says "Executing inline script violates …"; earlier ones "Refused to execute inline script".
            assertThat(String.join("\n", refused)).contains("inline script", "inline event handler",
                    "Content Security Policy");
        } finally {
            browser.quit();
        }
    }

    /**
     * PrimeFaces' pieces that the journey tests use least, under the newsroom's policy: a date picker, an Ajax form,
     * a filtered lazy table and a confirmation dialog whose "yes" runs the Ajax action it held back. Any script the
     * policy refused on the way fails the test (Browser checks the console when the browser quits).
     */
    @Test
    void datePickersAjaxFormsAndConfirmDialogsWorkUnderThePolicy() throws Exception {
        TestAccounts.ensure("header-editor", "Header Editor", "EDITOR", PASSWORD);
        String email = "csp-" + System.nanoTime() + "@headers.example";
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            Browser.signIn(browser, base, "header-editor", PASSWORD);
            browser.findElement(By.id("navSubscribers")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("subscribers:list")));

            WebElement from = browser.findElement(By.id("subscribers:from_input"));
            from.click();
            // Escape during the panel's opening transition is lost now and then: close it once PrimeFaces marks the
            // transition ended.
            wait.until(ExpectedConditions.attributeContains(By.id("subscribers:from_panel"), "class",
                    "ui-connected-overlay-enter-done"));
            from.sendKeys(Keys.ESCAPE);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("subscribers:from_panel")));

            browser.findElement(By.id("add:email")).sendKeys(email);
            browser.findElement(By.cssSelector("label[for='add:consent:0']")).click();
            browser.findElement(By.id("add:addButton")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), email + " added"));

            // Adding already re-rendered the list with the new address in it: only the table being replaced tells
            // that the filter's answer has arrived (a row found earlier goes stale under the click).
            WebElement unfiltered = browser.findElement(By.id("subscribers:list"));
            browser.findElement(By.id("subscribers:emailText")).sendKeys(email);
            browser.findElement(By.id("subscribers:filter")).click();
            Browser.awaitGone(browser, unfiltered);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscribers:list"), email));
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//tbody[@id='subscribers:list_data']//button[normalize-space()='Stop all mail']"))).click();
            WebElement yes = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes, .ui-confirmdialog .ui-confirmdialog-yes")));
            yes.click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "No more mail will be sent to " + email));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscribers:list"), "unsubscribed"));
            Browser.screenshot(browser, "csp-subscribers");

            assertThat(Browser.consoleErrors(browser)).isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void anonymousVisitsOfTheSignInPagesAndTheNewsroomMakeNoSession() throws Exception {
        HttpClient cookieless = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Map<String, Integer> sessions = new LinkedHashMap<>();
        for (String path : new String[] {"/login", "/admin/", "/admin/items", "/admin/releases?item=1", "/invitation",
                "/invitation?token=x",
                "/forgot-password", "/password-reset", "/password-reset?token=x"}) {
            URI address = base.toURI().resolve(path);
            for (int i = 0; i < ANONYMOUS_GETS; i++) {
                HttpResponse<Void> response = cookieless.send(HttpRequest.newBuilder(address).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(response.statusCode()).as(path).isIn(200, 302);
                if (response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                    sessions.merge(path, 1, Integer::sum);
                }
            }
        }
        System.out.printf("Sessions created by %d anonymous GETs of each sign-in page and newsroom address: %s%n",
                ANONYMOUS_GETS, sessions);
        assertThat(sessions).isEmpty();
    }

    /**
     * Checks a newsroom page as the browser will run it: one policy, whose nonce is the one PrimeFaces gave the page,
     * on every script element; no script in attributes. Returns the nonce.
     */
    private static String scriptsOf(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
        Matcher init = PRIMEFACES_NONCE.matcher(page.body());
        assertThat(init.find()).as("PrimeFaces' CSP mode on " + page.uri()).isTrue();
        String nonce = init.group(1);
        assertHeaders(page, 200, Area.ADMIN);
        String policy = page.headers().firstValue(SecurityHeaders.CONTENT_SECURITY_POLICY).orElseThrow();
        assertThat(policy).contains("script-src 'self' 'nonce-" + nonce + "';").doesNotContain("unsafe-eval")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("script")).as("scripts of " + page.uri()).isNotEmpty()
                .allSatisfy(script -> assertThat(script.attr("nonce")).as(script.outerHtml()).isEqualTo(nonce));
        for (Element element : html.getAllElements()) {
            element.attributes().forEach(attribute -> assertThat(attribute.getKey())
                    .as("an inline event handler on " + page.uri() + ": " + element.outerHtml()).doesNotStartWith("on"));
        }
        assertThat(html.select("[href^=javascript:], [action^=javascript:], [src^=javascript:]"))
                .as("javascript: addresses on " + page.uri()).isEmpty();
        return nonce;
    }

    private static void assertHeaders(HttpResponse<String> response, int status, Area area) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        // A newsroom page names the nonce of its scripts; a redirect or an error has none, so allows no inline script.
        Matcher nonce = PRIMEFACES_NONCE.matcher(response.body());
        assertThat(response.headers().allValues(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .as("policy of " + response.uri()).containsExactly(area.policy(nonce.find() ? nonce.group(1) : null));
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
