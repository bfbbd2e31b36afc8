package org.barta.site.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.barta.testing.Deployments;
import org.barta.testing.EditorSession;
import org.barta.testing.TestAccounts;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Old addresses keep working, over HTTP as a reader and an editor meet them: a published statement given a new
 * slug answers its old address with a permanent redirect, an editor redirects an old site's address and sees its
 * hits, addresses that find nothing are counted for the editors, and nothing redirects to another site, away from
 * the site's own pages, or to a statement that is no longer public.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedirectsIT {

    private static final String EDITOR = "redirect-editor";
    private static final String AUTHOR = "redirect-author";
    private static final String PASSWORD = "redirect-editor-password-1";
    /** Hits and 404s reach the database every 10 s (RedirectCounts). */
    private static final Duration COUNTED = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient editorClient;
    private EditorSession editor;

    @BeforeEach
    void signIn() throws Exception {
        TestAccounts.ensure(EDITOR, "Redirect Editor", "EDITOR", PASSWORD);
        editorClient = new WebClient(base.toURI());
        editor = EditorSession.signIn(editorClient, EDITOR, PASSWORD);
    }

    @Test
    void aPublishedStatementGivenANewSlugAnswersItsOldAddressWithARedirect() throws Exception {
        String old = "redirect-old-" + System.nanoTime();
        String renamed = old.replace("old", "new");
        long item = statement(old);
        editor.press(item, "PUBLISH");
        WebClient reader = new WebClient(base.toURI());
        assertThat(reader.get("/en/press-statements/" + old).statusCode()).isEqualTo(200);

        HttpResponse<String> saved = editorClient.submitForm("/admin/item?id=" + item, "editor",
                Map.of("languages:slug_en", renamed), "[id=editor:save]");
        assertThat(Jsoup.parse(saved.body()).select(".messages").text()).as("saved").contains("Saved");

        HttpResponse<String> moved = reader.get("/en/press-statements/" + old);
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/en/press-statements/" + renamed));
        assertThat(reader.get("/en/press-statements/" + renamed).statusCode()).isEqualTo(200);
        assertThat(redirectsFound(old).select("code.source").eachText()).contains("/en/press-statements/" + old);

        editor.press(item, "UNPUBLISH");
        assertThat(reader.get("/en/press-statements/" + old).statusCode())
                .as("no redirect to, nor word of, a statement that is not public").isEqualTo(404);
    }

    @Test
    void aDraftGivenANewSlugLeavesNoRedirect() throws Exception {
        String old = "redirect-draft-" + System.nanoTime();
        long item = statement(old);
        editorClient.submitForm("/admin/item?id=" + item, "editor", Map.of("languages:slug_en", old + "-renamed"),
                "[id=editor:save]");
        assertThat(new WebClient(base.toURI()).get("/en/press-statements/" + old).statusCode()).isEqualTo(404);
        Document found = redirectsFound(old);
        assertThat(found.select("code.source").eachText()).as("the search finds nothing")
                .doesNotContain("/en/press-statements/" + old);
        assertThat(found.select(".ui-datatable-empty-message").text()).isEqualTo("No redirect matches this search.");
    }

    @Test
    void anEditorRedirectsAnOldSiteAddressAndSeesItsHits() throws Exception {
        String slug = "redirect-target-" + System.nanoTime();
        editor.press(statement(slug), "PUBLISH");
        String source = "/index.php/en/news/" + System.nanoTime() + "-old-article";

        HttpResponse<String> added = addRedirect("https://old-site.example.org" + source + "?Itemid=101",
                "/en/press-statements/" + slug);
        assertThat(Jsoup.parse(added.body()).select(".messages").text()).contains("Redirect added.");

        WebClient reader = new WebClient(base.toURI());
        HttpResponse<String> moved = null;
        for (String asked : new String[] {source, source + "/", source + "?option=com_content&Itemid=7"}) {
            moved = reader.get(asked);
            assertThat(moved.statusCode()).as(asked).isEqualTo(301);
            assertThat(moved.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/en/press-statements/" + slug));
        }
        assertThat(moved.headers().firstValue("X-Barta-Cache")).as("answered before the container, as a cached page")
                .hasValue("edge");
        assertThat(moved.headers().firstValue("Content-Security-Policy")).as("with the site's headers").isPresent();
        await("three hits counted").atMost(COUNTED).untilAsserted(() -> {
            Document page = redirectsFound(source);
            assertThat(page.select("tr:has(code.source:containsOwn(" + source + ")) .hits").text()).isEqualTo("3");
        });
    }

    @Test
    void addressesThatFindNothingAreCountedForTheEditors() throws Exception {
        String missing = "/old-site/missing-" + System.nanoTime() + ".html";
        WebClient reader = new WebClient(base.toURI());
        for (int i = 0; i < 5; i++) {
            assertThat(reader.get(missing + "?from=partner" + i).statusCode()).isEqualTo(404);
        }
        assertThat(reader.get("/en/press-statements/never-" + System.nanoTime()).statusCode()).isEqualTo(404);

        await("the missing address listed").atMost(COUNTED).untilAsserted(() -> {
            Document page = redirectsPage();
            assertThat(page.select("tr:has(code.address:containsOwn(" + missing + ")) .hits").text()).isEqualTo("5");
            assertThat(page.select("code.address").eachText()).as("no query string kept").noneMatch(
                    address -> address.contains("?"));
        });
    }

    @Test
    void redirectsLeadOnlyToThisSiteAndNeverTakeAPageAway() throws Exception {
        String slug = "redirect-live-" + System.nanoTime();
        statement(slug);
        assertThat(error(addRedirect("/old/page.html", "https://elsewhere.example/"))).contains("address on this site");
        assertThat(error(addRedirect("/old/page.html", "//elsewhere.example/"))).contains("address on this site");
        assertThat(error(addRedirect("/admin/items", "/en/"))).contains("belongs to the site itself");
        assertThat(error(addRedirect("/en/press-statements/" + slug, "/en/")))
                .contains("is an item's address on this site");
        assertThat(error(addRedirect("not an address", "/en/"))).contains("Give the old address");
    }

    @Test
    void authorsDoNotManageRedirects() throws Exception {
        TestAccounts.ensure(AUTHOR, "Redirect Author", "AUTHOR", PASSWORD);
        WebClient author = new WebClient(base.toURI());
        EditorSession.signIn(author, AUTHOR, PASSWORD);
        assertThat(author.get("/admin/redirects").statusCode()).isEqualTo(403);
    }

    private long statement(String slug) throws Exception {
        return editor.createPressStatement(Map.of(
                "languages:title_en", "Statement at " + slug,
                "languages:slug_en", slug,
                "languages:summary_en", "Where old addresses lead.",
                "languages:body_en_input", "<p>Moved, never lost.</p>"));
    }

    private HttpResponse<String> addRedirect(String source, String target) throws Exception {
        return editorClient.submitForm("/admin/redirects", "redirect", Map.of("source", source, "target", target),
                "[id=redirect:save]");
    }

    private static String error(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select(".messages .error, .ui-message-error").text();
    }

    /** The redirects page searched for {@code text}: the site's redirects (imports among them) outnumber one page. */
    private Document redirectsFound(String text) throws Exception {
        HttpResponse<String> page = editorClient.get("/admin/redirects?q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private Document redirectsPage() throws Exception {
        HttpResponse<String> page = editorClient.get("/admin/redirects");
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }
}
