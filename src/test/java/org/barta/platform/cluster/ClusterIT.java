package org.barta.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.barta.testing.EditorSession;
import org.barta.testing.NginxSite;
import org.barta.testing.OwnServer;
import org.barta.testing.PayaraProcess;
import org.barta.testing.Scratch;
import org.barta.testing.Sends;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestDatabase;
import org.barta.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Barta instances on one database, clustered through Payara's Hazelcast and started by the distribution's
 * {@code bin/barta} (target/barta-dist, with its own lib/ folder) as in production, in a network namespace with
 * nothing but loopback (failsafe's "cluster" execution). Both keep public pages in their caches; what an editor
 * publishes on one is served by the other, and what an editor retracts on the other disappears from the first,
 * within a second. In front of both, the distribution's nginx site ({@link NginxSite}) serves the https site
 * they are configured for. Due at once, the monthly draft job runs on one of them only. Last, both send one
 * edition to 20,000 subscribers; the first is killed mid-send and the second finishes it: every recipient
 * served, copies only where the ledger says uncertain.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    /** In {@code /health/ready}'s JSON, where Payara writes data values as strings. */
    private static final String TWO_MEMBERS = "\"members\"\\s*:\\s*\"?2\"?[,}]";
    private static final String EDITOR = "cluster-editor";
    private static final String PASSWORD = "cluster-editor-password-1";

    private static final String SEND_DOMAIN = "cluster-send.example";
    private static final int RECIPIENTS = 20_000;

    private static PayaraProcess first;
    private static PayaraProcess second;
    private static NginxSite nginx;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String why = "Clustered instances run only in failsafe's 'cluster' execution, in a network namespace with "
                + "nothing but loopback";
        if (Boolean.getBoolean("barta.it.cluster")) {
            assertThat(onlyLoopback()).as(why + ": that execution's namespace has more").isTrue();
        }
        assumeTrue(onlyLoopback(), why);
        int firstCluster = Scratch.freeLoopbackPort();
        int secondCluster = Scratch.freeLoopbackPort();
        int firstHttp = Scratch.freeLoopbackPort();
        int secondHttp = Scratch.freeLoopbackPort();
        nginx = NginxSite.configure(Files.createDirectories(OwnServer.log("nginx").resolveSibling("nginx")),
                List.of(firstHttp, secondHttp));
        String members = "127.0.0.1:" + firstCluster + ",127.0.0.1:" + secondCluster;
        first = instance("first", firstHttp, firstCluster, members);
        // The second joins the first's cluster rather than forming one of its own at the same moment.
        await("the first instance's cluster port").atMost(OwnServer.BOOT).until(() -> {
            assertThat(first.process().isAlive()).as("the first instance runs (see its log)").isTrue();
            return Scratch.accepts(firstCluster);
        });
        second = instance("second", secondHttp, secondCluster, members);
        first.awaitReady(OwnServer.BOOT);
        second.awaitReady(OwnServer.BOOT);
        for (PayaraProcess instance : List.of(first, second)) {
            await("two members seen by " + instance.base()).atMost(Duration.ofMinutes(1))
                    .untilAsserted(() -> assertThat(readiness(instance)).containsPattern(TWO_MEMBERS));
        }
        TestAccounts.ensure(EDITOR, "Cluster Editor", "EDITOR", PASSWORD);
        nginx.start();
    }

    @AfterAll
    static void stopInstances() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        for (PayaraProcess instance : new PayaraProcess[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
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
        assertThat(readiness(first)).as("health on the instance's own port").contains("UP");
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
    void theMonthlyDraftJobRunsOnceAcrossBothInstances() throws Exception {
        // Due now, as on the draft day at 08:00: both instances' schedulers look for due triggers every 5 s.
        assertThat(TestDatabase.update("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = "
                + "'draft-edition' AND TRIGGER_GROUP = 'newsletter'", System.currentTimeMillis())).isEqualTo(1);

        await("the monthly edition job's run").atMost(Duration.ofMinutes(1)).until(() -> draftRuns() >= 1);
        await("no second run").during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(20))
                .until(() -> draftRuns() == 1);
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'newsletter.draft'"))
                .as("editions drafted").isEqualTo(1);
    }

    /** Last: it kills the first instance. */
    @Test
    @Order(4)
    void bothInstancesSendAnEditionAndWhenOneIsKilledTheOtherFinishesItMissingNobody() throws Exception {
        TestDatabase.addConfirmedSubscribers("cluster-", SEND_DOMAIN, RECIPIENTS, "en");
        long edition = Sends.sendingTo(SEND_DOMAIN, "Cluster send");
        Sends.awaitReceived(edition, RECIPIENTS / 5);
        await("workers of both instances holding claims").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50)).until(() -> TestDatabase.number("""
                        SELECT COUNT(DISTINCT SUBSTRING_INDEX(claimed_by, '#', 1)) FROM newsletter_delivery
                        WHERE edition_id = ? AND state = 'CLAIMED'""", edition) == 2);

        first.kill();
        long sentAtKill = Sends.sent(edition);
        long claimedAtKill = TestDatabase.number(
                "SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? AND state = 'CLAIMED'", edition);
        double seconds = Sends.awaitSent(edition);

        Map<String, Integer> copies = Sends.copies(edition);
        long messages = copies.values().stream().mapToLong(Integer::longValue).sum();
        long uncertain = Sends.uncertain(edition);
        assertThat(copies).as("every recipient got the edition").hasSize(RECIPIENTS);
        assertThat(Sends.sent(edition)).as("the ledger says every row was sent").isEqualTo(RECIPIENTS);
        assertThat(uncertain).as("only rows claimed at the kill are uncertain").isLessThanOrEqualTo(claimedAtKill);
        assertThat(messages - RECIPIENTS).as("repeats only where the ledger says uncertain")
                .isLessThanOrEqualTo(uncertain);
        System.out.printf("Cluster send: %d recipients, the first instance killed with %d recorded sent and %d "
                + "claimed; %d uncertain, %d repeats; the second finished %.1f s after the kill%n", RECIPIENTS,
                sentAtKill, claimedAtKill, uncertain, messages - RECIPIENTS, seconds);
    }

    private static long draftRuns() throws IOException {
        long runs = 0;
        for (String name : List.of("first", "second")) {
            runs += Files.readAllLines(OwnServer.log(name)).stream()
                    .filter(line -> line.contains("Monthly edition job ran")).count();
        }
        return runs;
    }

    /** An instance of the https site nginx serves, as in production (Secure session cookie, HSTS). */
    private static PayaraProcess instance(String name, int http, int clusterPort, String members) throws IOException {
        Path work = OwnServer.log(name).resolveSibling(name + "-payara");
        String launcher = Path.of(System.getProperty("barta.dist"), "bin", "barta").toString();
        return PayaraProcess.run(List.of(launcher), http, Map.of(
                "BARTA_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "BARTA_WORK_DIR", work.toAbsolutePath().toString(),
                "BARTA_HTTP_PORT", String.valueOf(http),
                "BARTA_BASE_URL", nginx.httpsBase().toString(),
                "BARTA_TRUSTED_PROXIES", "127.0.0.1",
                "BARTA_CLUSTER_MEMBERS", members,
                "BARTA_CLUSTER_ADDRESS", "127.0.0.1",
                "BARTA_CLUSTER_PORT", String.valueOf(clusterPort)), OwnServer.log(name));
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

    private static String readiness(PayaraProcess instance) throws Exception {
        return new WebClient(URI.create(instance.base())).get("/health/ready").body();
    }

    private static boolean onlyLoopback() throws SocketException {
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (network.isUp() && !network.isLoopback()) {
                return false;
            }
        }
        return true;
    }
}
