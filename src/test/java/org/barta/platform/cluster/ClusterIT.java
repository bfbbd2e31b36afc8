package org.barta.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.barta.testing.EditorSession;
import org.barta.testing.NginxSite;
import org.barta.testing.PayaraProcess;
import org.barta.testing.Sends;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestDatabase;
import org.barta.testing.TwoInstances;
import org.barta.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Barta instances on one database ({@link TwoInstances}: clustered through Payara's Hazelcast, started by the
 * distribution's {@code bin/barta} as in production, in a network namespace with nothing but loopback). Both keep public pages in their caches; what an editor
 * publishes on one is served by the other, and what an editor retracts on the other disappears from the first,
 * within a second. In front of both, the distribution's nginx site ({@link NginxSite}) serves the https site
 * they are configured for. A visitor's searches count against one limit, whichever instance answers. Due at
 * once, the monthly draft job runs on one of them only. Last, both send one edition to 20,000 subscribers; the
 * one an editor is signed in on is killed mid-send and the other finishes it: every recipient served, copies
 * only where the ledger says uncertain; the editor's next save is refused with a word, not lost in silence.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final String EDITOR = "cluster-editor";
    private static final String PASSWORD = "cluster-editor-password-1";

    private static final String SEND_DOMAIN = "cluster-send.example";
    private static final int RECIPIENTS = 20_000;
    private static final int SEARCHES_PER_MINUTE = 10;

    private static TwoInstances instances;
    private static PayaraProcess first;
    private static PayaraProcess second;
    private static NginxSite nginx;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        instances = TwoInstances.start(Map.of("BARTA_SEARCH_PER_MINUTE", String.valueOf(SEARCHES_PER_MINUTE)));
        first = instances.first();
        second = instances.second();
        nginx = instances.nginx();
        TestAccounts.ensure(EDITOR, "Cluster Editor", "EDITOR", PASSWORD);
    }

    @AfterAll
    static void stopInstances() throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    @Order(1)
    void aPublicationOnOneInstanceIsServedByTheOtherAndARetractionThereReachesTheFirst() throws Exception {
        String slug = "cluster-statement-" + System.nanoTime();
        String title = "Statement published in a cluster " + slug;
        String page = "/en/press-statements/" + slug;
        String listing = "/en/press-statements/";
        WebClient readerOfFirst = new WebClient(URI.create(first.base()));
        WebClient readerOfSecond = new WebClient(URI.create(second.base()));
        for (WebClient reader : List.of(readerOfFirst, readerOfSecond)) {
            reader.get(listing);
            assertThat(reader.get(listing).headers().firstValue("X-Barta-Cache")).as("the listing is cached")
                    .hasValueSatisfying(cache -> assertThat(cache).isIn("edge", "hit"));
        }

        EditorSession editorOnFirst = signedIn(first);
        long item = create(editorOnFirst, title, slug);
        editorOnFirst.press(item, "PUBLISH");
        assertThat(state(item)).isEqualTo("PUBLISHED");
        long published = System.nanoTime();
        await("the publication in the other instance's cached listing").atMost(WITHIN)
                .pollInterval(Duration.ofMillis(10)).until(() -> readerOfSecond.get(listing).body().contains(title));
        Duration seen = Duration.ofNanos(System.nanoTime() - published);
        // Its first rendering of an item page (templates compiled, code not yet optimised) is not what is measured.
        assertThat(readerOfSecond.get(page).statusCode()).isEqualTo(200);
        assertThat(readerOfFirst.get(listing).body()).contains(title);

        for (WebClient reader : List.of(readerOfFirst, readerOfSecond)) {
            reader.get(page);
            assertThat(reader.get(page).headers().firstValue("X-Barta-Cache")).as("the statement is cached")
                    .hasValueSatisfying(cache -> assertThat(cache).isIn("edge", "hit"));
        }
        signedIn(second).press(item, "UNPUBLISH");
        assertThat(state(item)).isEqualTo("DRAFT");
        long retracted = System.nanoTime();
        await("the retraction reaching the first instance").atMost(WITHIN).pollInterval(Duration.ofMillis(10))
                .until(() -> readerOfFirst.get(page).statusCode() == 404
                        && !readerOfFirst.get(listing).body().contains(title));
        Duration gone = Duration.ofNanos(System.nanoTime() - retracted);
        assertThat(readerOfSecond.get(page).statusCode()).isEqualTo(404);
        System.out.printf("Cluster: a publication on one instance listed by the other after %d ms; a retraction "
                + "there gone from the first after %d ms%n", seen.toMillis(), gone.toMillis());
    }

    @Test
    @Order(2)
    void theShippedNginxSiteServesBothInstancesOverTlsAndKeepsHealthAndMetricsToThem() throws Exception {
        WebClient visitor = WebClient.overTls(nginx.httpsBase(), nginx.trust());
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> home = visitor.get("/en/");
            assertThat(home.statusCode()).as("the home page through nginx").isEqualTo(200);
            assertThat(home.headers().firstValue("Strict-Transport-Security")).as("HSTS")
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        }
        assertThat(visitor.get("/health/ready").statusCode()).as("health through nginx").isEqualTo(404);
        assertThat(visitor.get("/metrics").statusCode()).as("metrics through nginx").isEqualTo(404);
        assertThat(TwoInstances.readiness(first)).as("health on the instance's own port").contains("UP");
        HttpResponse<String> plain = new WebClient(nginx.httpBase()).get("/en/");
        assertThat(plain.statusCode()).as("plain HTTP").isEqualTo(301);
        assertThat(plain.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://"));

        WebClient editor = WebClient.overTls(nginx.httpsBase(), nginx.trust());
        HttpResponse<String> signIn = editor.submit("/login", "login",
                Map.of("username", EDITOR, "password", PASSWORD), "submit");
        assertThat(signIn.statusCode()).as("sign-in through nginx").isEqualTo(302);
        assertThat(signIn.headers().allValues("Set-Cookie")).as("the session cookie")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure")
                        .contains("HttpOnly"));
        // The newsroom's upstream is sticky: the session is found on every later request.
        for (int i = 0; i < 4; i++) {
            assertThat(editor.get("/admin/items").body()).as("signed in, request " + i).contains("signedInAs");
        }
    }

    @Test
    @Order(3)
    void searchesOnEitherInstanceCountAgainstOneLimit() throws Exception {
        // An address of its own, through the trusted proxy the test client plays.
        Map<String, String> visitor = Map.of("X-Forwarded-For", "203.0.113.61");
        WebClient onFirst = new WebClient(URI.create(first.base()), visitor);
        WebClient onSecond = new WebClient(URI.create(second.base()), visitor);
        for (int i = 0; i < SEARCHES_PER_MINUTE; i++) {
            WebClient instance = i % 2 == 0 ? onFirst : onSecond;
            assertThat(instance.get("/en/search?q=cluster+" + i).statusCode()).as("search " + (i + 1)).isEqualTo(200);
        }
        assertThat(onFirst.get("/en/search?q=one+more").statusCode()).as("past the limit, on the first")
                .isEqualTo(429);
        assertThat(onSecond.get("/en/search?q=one+more").statusCode()).as("past the limit, on the second")
                .isEqualTo(429);
        assertThat(new WebClient(URI.create(second.base()), Map.of("X-Forwarded-For", "203.0.113.62"))
                .get("/en/search?q=cluster").statusCode()).as("another address").isEqualTo(200);
    }

    @Test
    @Order(4)
    void theMonthlyDraftJobRunsOnceAcrossBothInstances() throws Exception {
        // The instances' logs are appended to across runs in the same target/ directory: count from here on.
        long runsBefore = draftRuns();
        long draftedBefore = TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'newsletter.draft'");
        // Due now, as on the draft day at 08:00: both instances' schedulers look for due triggers every 5 s.
        assertThat(TestDatabase.update("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = "
                + "'draft-edition' AND TRIGGER_GROUP = 'newsletter'", System.currentTimeMillis())).isEqualTo(1);

        await("the monthly edition job's run").atMost(Duration.ofMinutes(1))
                .until(() -> draftRuns() >= runsBefore + 1);
        await("no second run").during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(20))
                .until(() -> draftRuns() == runsBefore + 1);
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'newsletter.draft'"))
                .as("editions drafted").isEqualTo(draftedBefore + 1);
    }

    /**
     * Last: it kills the instance an editor signed in through nginx is on, while the editor is typing a statement
     * and both instances send. The editor's save reaches the other instance and is refused, saying so; signed in
     * again there, it lands.
     */
    @Test
    @Order(5)
    void whenAnInstanceIsKilledMidSendTheOtherFinishesItAndTheEditorOnItIsToldTheSaveDidNotLand() throws Exception {
        WebClient editor = WebClient.overTls(nginx.httpsBase(), nginx.trust());
        String title = "Typed while the instance died " + System.nanoTime();
        Map<String, String> statement = Map.of(
                "languages:title_en", title,
                "languages:summary_en", "Saved only once the editor signs in again.",
                "languages:body_en_input", "<p>Refused, then saved on the instance that is left.</p>");
        WebClient.FilledForm typing = EditorSession.signIn(editor, EDITOR, PASSWORD).fillPressStatement(statement);
        PayaraProcess editorsInstance = holderOfSession(editor);
        PayaraProcess survivor = editorsInstance == first ? second : first;

        TestDatabase.addConfirmedSubscribers("cluster-", SEND_DOMAIN, RECIPIENTS, "en");
        long edition = Sends.sendingTo(SEND_DOMAIN, "Cluster send");
        Sends.awaitReceived(edition, RECIPIENTS / 5);
        await("workers of both instances holding claims").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50)).until(() -> TestDatabase.number("""
                        SELECT COUNT(DISTINCT SUBSTRING_INDEX(claimed_by, '#', 1)) FROM newsletter_delivery
                        WHERE edition_id = ? AND state = 'CLAIMED'""", edition) == 2);

        editorsInstance.kill();
        long sentAtKill = Sends.sent(edition);
        long claimedAtKill = TestDatabase.number(
                "SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? AND state = 'CLAIMED'", edition);
        HttpResponse<String> save = typing.send();
        assertThat(save.statusCode()).as("the save, on the instance left").isEqualTo(302);
        assertThat(save.headers().firstValue("Location")).as("refused: its session died with its instance")
                .hasValueSatisfying(signIn -> assertThat(signIn).endsWith("/login?ended=unsaved"));
        assertThat(editor.get("/login?ended=unsaved").body()).contains("what you just sent was not saved");
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM content_translation WHERE title = ?", title))
                .as("nothing of it saved").isZero();
        long saved = EditorSession.signIn(editor, EDITOR, PASSWORD).createPressStatement(statement);
        assertThat(TestDatabase.string("SELECT title FROM content_translation WHERE item_id = ?", saved))
                .as("saved again, on " + survivor.base()).isEqualTo(title);

        double seconds = Sends.awaitSent(edition);

        Map<String, Integer> copies = Sends.copies(edition);
        long messages = copies.values().stream().mapToLong(Integer::longValue).sum();
        long uncertain = Sends.uncertain(edition);
        assertThat(copies).as("every recipient got the edition").hasSize(RECIPIENTS);
        assertThat(Sends.sent(edition)).as("the ledger says every row was sent").isEqualTo(RECIPIENTS);
        assertThat(uncertain).as("only rows claimed at the kill are uncertain").isLessThanOrEqualTo(claimedAtKill);
        assertThat(messages - RECIPIENTS).as("repeats only where the ledger says uncertain")
                .isLessThanOrEqualTo(uncertain);
        System.out.printf("Cluster send: %d recipients, the editor's instance killed with %d recorded sent and %d "
                + "claimed; %d uncertain, %d repeats; the other finished %.1f s after the kill%n", RECIPIENTS,
                sentAtKill, claimedAtKill, uncertain, messages - RECIPIENTS, seconds);
    }

    /** The instance that holds the session of a client of the nginx site (the newsroom is sticky to one). */
    private static PayaraProcess holderOfSession(WebClient client) throws Exception {
        String session = "JSESSIONID=" + client.cookie("JSESSIONID").orElseThrow();
        for (PayaraProcess instance : List.of(first, second)) {
            HttpResponse<String> items = new WebClient(URI.create(instance.base()), Map.of("Cookie", session))
                    .get("/admin/items");
            if (items.statusCode() == 200) {
                return instance;
            }
        }
        throw new AssertionError("Neither instance knows the session " + session);
    }

    private static long draftRuns() throws Exception {
        return TwoInstances.logLines("first", "Monthly edition job ran")
                + TwoInstances.logLines("second", "Monthly edition job ran");
    }

    private static EditorSession signedIn(PayaraProcess instance) throws Exception {
        return EditorSession.signIn(WebClient.behindTlsProxy(URI.create(instance.base())), EDITOR, PASSWORD);
    }

    /** A new press statement in English, saved through the item editor; its id. */
    private static long create(EditorSession editor, String title, String slug) throws Exception {
        return editor.createPressStatement(Map.of(
                "languages:title_en", title,
                "languages:slug_en", slug,
                "languages:summary_en", "What the cluster test publishes.",
                "languages:body_en_input", "<p>Served by every instance, retracted from every instance.</p>"));
    }

    private static String state(long item) throws Exception {
        return TestDatabase.string("SELECT state FROM content_item WHERE id = ?", item);
    }
}
