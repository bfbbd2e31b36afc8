package org.barta.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.barta.testing.EditorSession;
import org.barta.testing.NginxSite;
import org.barta.testing.OwnServer;
import org.barta.testing.PayaraProcess;
import org.barta.testing.Sends;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestDatabase;
import org.barta.testing.TestServices;
import org.barta.testing.TwoInstances;
import org.barta.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Two clustered instances against one, side by side in one run ({@code bench/cluster.sh}, in failsafe's cluster
 * execution: a network namespace with nothing but loopback, the tests' MariaDB and GreenMail):
 * <ol>
 * <li>the invalidation delay: statements published in turn on each instance, each timed from the end of the
 * editor's publish request until the other instance's cached listing shows it;</li>
 * <li>throughput through the shipped nginx site (https, {@code wrk}) with both instances upstream and with the
 * first alone, for a cached item page and for search (never cached: a full-text query and a rendering);</li>
 * <li>the send rate of one edition with both instances sending, then of another with the first alone.</li>
 * </ol>
 * Not a test (its name ends in neither Test nor IT): it asserts only that what it measures happened.
 */
class ClusterBenchmark {

    private static final String EDITOR = "bench-editor";
    private static final String PASSWORD = "bench-editor-password-1";

    private final int publications = Integer.getInteger("bench.publications", 100);
    private final int warmup = Integer.getInteger("bench.warmup", 15);
    private final int duration = Integer.getInteger("bench.duration", 20);
    private final int connections = Integer.getInteger("bench.connections", 50);
    private final int recipients = Integer.getInteger("bench.recipients", 10_000);
    private final BenchReport report = new BenchReport("cluster");

    @Test
    void twoInstancesAgainstOne() throws Exception {
        report.line("Barta cluster benchmark, %s, %d cores; two instances and nginx on 127.0.0.1 in one namespace",
                Instant.now(), Runtime.getRuntime().availableProcessors());
        try (TwoInstances instances = TwoInstances.start(Map.of(
                "BARTA_SEARCH_PER_MINUTE", "0",
                "BARTA_NEWSLETTER_MESSAGES_PER_SECOND", "0"))) {
            TestAccounts.ensure(EDITOR, "Bench Editor", "EDITOR", PASSWORD);
            invalidationDelay(instances);
            throughput(instances);
            sendRates(instances);
        } finally {
            report.write();
        }
    }

    private void invalidationDelay(TwoInstances instances) throws Exception {
        String listing = "/en/press-statements/";
        List<Long> delays = new ArrayList<>();
        EditorSession onFirst = signedIn(instances.first());
        EditorSession onSecond = signedIn(instances.second());
        for (int i = 0; i < publications; i++) {
            boolean fromFirst = i % 2 == 0;
            WebClient reader = new WebClient(URI.create((fromFirst ? instances.second() : instances.first()).base()));
            reader.get(listing);
            EditorSession editor = fromFirst ? onFirst : onSecond;
            String title = "Benchmark statement " + i + " " + System.nanoTime();
            long item = editor.createPressStatement(Map.of(
                    "languages:title_en", title,
                    "languages:summary_en", "Published to time the cluster's invalidation.",
                    "languages:body_en_input", "<p>One of a series.</p>"));
            editor.press(item, "PUBLISH");
            long published = System.nanoTime();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                    .until(() -> reader.get(listing).body().contains(title));
            delays.add((System.nanoTime() - published) / 1_000_000);
        }
        // The first few include the other instance's first renderings (templates, JIT): reported, not hidden.
        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        report.line("");
        report.line("1. Invalidation: %d publications, alternating instances; from the end of the publish request to the "
                + "other instance's listing showing it", publications);
        report.line("   median %d ms, 90th percentile %d ms, max %d ms, min %d ms; in order: %s", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(sorted.size() - 1), sorted.get(0),
                delays);
    }

    private void throughput(TwoInstances instances) throws Exception {
        String slug = TestDatabase.string("""
                SELECT t.slug FROM content_translation t JOIN content_item i ON i.id = t.item_id
                WHERE i.state = 'PUBLISHED' AND t.language = 'en' AND i.kind = 'PRESS_STATEMENT'
                ORDER BY i.id DESC LIMIT 1""");
        int firstPort = URI.create(instances.first().base()).getPort();
        try (NginxSite firstAlone = NginxSite.configure(
                Files.createDirectories(OwnServer.log("nginx-one").resolveSibling("nginx-one")), List.of(firstPort))) {
            firstAlone.start();
            report.line("");
            report.line("2. Through the shipped nginx site over https: wrk -t2 -c%d, %d s warm-up, %d s measured, each page "
                    + "both ways in turn", connections, warmup, duration);
            for (String page : List.of("/en/press-statements/" + slug, "/en/search?q=rights")) {
                double both = wrk(instances.nginx().httpsBase().resolve(page));
                double one = wrk(firstAlone.httpsBase().resolve(page));
                report.line("   %-60s two instances %8.0f req/s, one %8.0f req/s, ratio %.2f", page, both, one, both / one);
            }
        }
    }

    private void sendRates(TwoInstances instances) throws Exception {
        TestServices.mail().purgeEmailFromAllMailboxes();
        TestDatabase.addConfirmedSubscribers("bench-both-", "bench-both.example", recipients, "en");
        double both = recipients / Sends.awaitSent(Sends.sendingTo("bench-both.example", "Benchmark, both"));
        TestServices.mail().purgeEmailFromAllMailboxes();
        TestDatabase.update("UPDATE subscriber SET status = 'UNSUBSCRIBED' WHERE email LIKE ?", "%@bench-both.example");
        instances.second().close();
        TestDatabase.addConfirmedSubscribers("bench-one-", "bench-one.example", recipients, "en");
        double one = recipients / Sends.awaitSent(Sends.sendingTo("bench-one.example", "Benchmark, one"));
        TestServices.mail().purgeEmailFromAllMailboxes();
        report.line("");
        report.line("3. Send of an edition to %d subscribers into GreenMail (in the test JVM), no rate limit: two "
                + "instances %.0f messages/s, the first alone %.0f messages/s, ratio %.2f", recipients, both, one,
                both / one);
    }

    private double wrk(URI page) throws Exception {
        return Wrk.rate(page, connections, warmup, duration);
    }

    private static EditorSession signedIn(PayaraProcess instance) throws Exception {
        return EditorSession.signIn(WebClient.behindTlsProxy(URI.create(instance.base())), EDITOR, PASSWORD);
    }
}
