package org.barta.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.barta.testing.Deployments;
import org.barta.testing.EditorSession;
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
 * The cached public pages while statements go out, run by {@code bench/publish.sh} (never by {@code ./mvnw verify}:
 * its name is no IT). Two {@code wrk} runs read the home page and an item page at the same time, first for
 * {@code bench.duration} seconds with nothing happening, then as long again while an editor publishes a new press
 * statement once a second through the newsroom (each publication drops the home page from the page cache); the rates of the two
 * periods side by side, and the longest response of each. Everything on 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishUnderLoadBenchmark {

    private static final String EDITOR = "bench-publish-editor";
    private static final String PASSWORD = "bench-publish-password-1";

    private final int warmup = Integer.getInteger("bench.warmup", 30);
    private final int duration = Integer.getInteger("bench.duration", 60);
    private final int connections = Integer.getInteger("bench.connections", 50);
    private final BenchReport report = new BenchReport("publish");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void readTheHomeAndAnItemPageWhileAStatementGoesOutEverySecond() throws Exception {
        report.line("Barta publish-under-load benchmark, %s, %d cores, Java %s; Payara and its MariaDB on 127.0.0.1;"
                + " WARMUP=%d DURATION=%d CONNECTIONS=%d bench/publish.sh", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), warmup, duration,
                connections);
        try {
            TestAccounts.ensure(EDITOR, "Bench Publish Editor", "EDITOR", PASSWORD);
            EditorSession editor = EditorSession.signIn(new WebClient(base.toURI()), EDITOR, PASSWORD);
            String run = Long.toString(System.currentTimeMillis(), 36);
            String slug = "bench-read-" + run;
            editor.press(statement(editor, slug), "PUBLISH");
            List<Long> drafts = new ArrayList<>();
            for (int i = 0; i < duration + 5; i++) {
                drafts.add(statement(editor, "bench-news-" + run + "-" + i));
            }
            URI home = base.toURI().resolve("/en/");
            URI item = base.toURI().resolve("/en/press-statements/" + slug);
            report.line("wrk -t1 -c%d on each of %s and %s at the same time; %d s warm-up, then %d s measured twice",
                    connections / 2, home.getPath(), item.getPath(), warmup, duration);

            both(home, item, warmup);
            Pair steady = both(home, item, duration);
            report.line("  nothing published: home %.0f req/s, item %.0f req/s; longest response %.0f ms / %.0f ms",
                    steady.home().rate(), steady.item().rate(), steady.home().longestMillis(),
                    steady.item().longestMillis());

            ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
            List<Long> pressMillis = new ArrayList<>();
            int[] next = {0};
            Future<?> publishing = publisher.scheduleAtFixedRate(() -> {
                long started = System.nanoTime();
                try {
                    editor.press(drafts.get(next[0]++), "PUBLISH");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                pressMillis.add((System.nanoTime() - started) / 1_000_000);
            }, 1, 1, TimeUnit.SECONDS);
            Pair busy;
            try {
                busy = both(home, item, duration);
                if (publishing.isDone()) {
                    publishing.get();
                }
            } finally {
                publishing.cancel(false);
                publisher.shutdown();
                assertThat(publisher.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(pressMillis).as("publications").isNotEmpty();
            report.line("  a statement published every second (%d in all; each press of Publish took %d ms at the median):"
                    + " home %.0f req/s, item %.0f req/s; longest response %.0f ms / %.0f ms", pressMillis.size(),
                    pressMillis.stream().sorted().toList().get(pressMillis.size() / 2), busy.home().rate(),
                    busy.item().rate(), busy.home().longestMillis(), busy.item().longestMillis());
            double homeRatio = busy.home().rate() / steady.home().rate();
            double itemRatio = busy.item().rate() / steady.item().rate();
            double longest = Math.max(busy.home().longestMillis(), busy.item().longestMillis());
            report.line("  during publications vs nothing published: home %.2f x, item %.2f x", homeRatio, itemRatio);
            report.line("");
            report.line("target: at least 0.5 x the steady cached rate during publications: %s; no response over 1 s: %s",
                    Math.min(homeRatio, itemRatio) >= 0.5 ? "met" : "NOT met", longest <= 1000 ? "met" : "NOT met");
        } finally {
            report.write();
        }
    }

    private record Pair(Wrk.Measured home, Wrk.Measured item) {
    }

    /** Both pages read at the same time for {@code seconds}, half the connections each. */
    private Pair both(URI home, URI item, int seconds) throws Exception {
        Process homeRun = Wrk.start(home, 1, connections / 2, seconds);
        Process itemRun = Wrk.start(item, 1, connections / 2, seconds);
        Pair pair = new Pair(Wrk.result(homeRun), Wrk.result(itemRun));
        assertThat(pair.home().failed() + pair.item().failed()).as("failed answers").isZero();
        return pair;
    }

    private static long statement(EditorSession editor, String slug) throws Exception {
        return editor.createPressStatement(Map.of(
                "languages:title_en", "Statement " + slug,
                "languages:slug_en", slug,
                "languages:summary_en", "Read while others go out.",
                "languages:body_en_input", "<p>" + "The organisation calls for accountability. ".repeat(40)
                        + "</p>"));
    }
}
