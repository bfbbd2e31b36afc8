package org.barta.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.testing.Deployments;
import org.barta.testing.Sends;
import org.barta.testing.TestDatabase;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Barta's own figures on the instance's {@code /metrics} (Prometheus text, beside Payara's): failed sign-ins, the
 * scheduled jobs' runs, public pages by whether the cache answered them, and per edition the deliveries recorded and the recipients still queued, read as a
 * monitoring system reads them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    private static final String DOMAIN = "metrics.example";
    private static final int RECIPIENTS = 5;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aWrongPasswordCountsAsAFailedSignIn() throws Exception {
        double before = value("barta_sign_ins_total", "outcome=\"failure\"");

        WebClient stranger = new WebClient(base.toURI());
        stranger.submit("/login", "login", Map.of("username", "metrics-nobody", "password", "wrong password"),
                "submit");

        assertThat(value("barta_sign_ins_total", "outcome=\"failure\"")).isEqualTo(before + 1);
    }

    @Test
    void theScheduledJobsRunsAreCounted() throws Exception {
        // The bounce mailbox is read every 2 s in the tests (pom.xml).
        double before = value("barta_job_runs_total", "job=\"bounce-mailbox\"", "result=\"ok\"");

        await("another run of the bounce mailbox job").atMost(Duration.ofSeconds(30))
                .until(() -> value("barta_job_runs_total", "job=\"bounce-mailbox\"", "result=\"ok\"") > before);
    }

    @Test
    void anEditionsDeliveriesAndWhatIsLeftOfItsQueueAreShown() throws Exception {
        TestDatabase.addConfirmedSubscribers("metrics-", DOMAIN, RECIPIENTS, "en");
        long edition = Sends.sendingTo(DOMAIN, "Metrics test edition");

        Sends.awaitSent(edition);

        String tag = "edition=\"" + edition + "\"";
        assertThat(value("barta_newsletter_deliveries_total", tag, "outcome=\"sent\"")).isEqualTo(RECIPIENTS);
        assertThat(value("barta_newsletter_queue", tag)).isZero();
    }

    @Test
    void publicPagesAreCountedByWhetherTheCacheAnswered() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        String page = "/en/?metrics=" + System.nanoTime();
        double missed = value("barta_page_requests_total", "served=\"miss\"");

        assertThat(visitor.get(page).headers().firstValue("X-Barta-Cache")).hasValue("miss");
        assertThat(value("barta_page_requests_total", "served=\"miss\"")).isEqualTo(missed + 1);

        double cached = value("barta_page_requests_total", "served=\"edge\"")
                + value("barta_page_requests_total", "served=\"hit\"");
        assertThat(visitor.get(page).headers().firstValue("X-Barta-Cache")).hasValueSatisfying(
                served -> assertThat(served).isIn("edge", "hit"));
        assertThat(value("barta_page_requests_total", "served=\"edge\"")
                + value("barta_page_requests_total", "served=\"hit\"")).isEqualTo(cached + 1);

        double uncached = value("barta_page_requests_total", "served=\"uncached\"");
        assertThat(visitor.get("/en/search?q=metrics").statusCode()).isEqualTo(200);
        assertThat(value("barta_page_requests_total", "served=\"uncached\"")).as("a search is never kept")
                .isEqualTo(uncached + 1);
    }

    @Test
    void aCrowdMissingOnePageCostsOneRendering() throws Exception {
        String page = "/en/?crowd=" + System.nanoTime();
        double coalescedBefore = value("barta_page_requests_total", "served=\"coalesced\"");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<Void>>> crowd = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            crowd.add(http.sendAsync(HttpRequest.newBuilder(base.toURI().resolve(page)).build(),
                    HttpResponse.BodyHandlers.discarding()));
        }
        List<String> served = new ArrayList<>();
        for (CompletableFuture<HttpResponse<Void>> answer : crowd) {
            HttpResponse<Void> response = answer.get(1, TimeUnit.MINUTES);
            assertThat(response.statusCode()).isEqualTo(200);
            served.add(response.headers().firstValue("X-Barta-Cache").orElse("none"));
        }
        assertThat(served).as("one rendering, the others shared it or its cached copy")
                .containsOnlyOnce("miss").allMatch(s -> List.of("miss", "coalesced", "hit", "edge").contains(s));
        assertThat(value("barta_page_requests_total", "served=\"coalesced\""))
                .isEqualTo(coalescedBefore + served.stream().filter("coalesced"::equals).count());
    }

    @AfterAll
    static void quietTheseSubscribers() throws Exception {
        TestDatabase.update("UPDATE subscriber SET status = 'UNSUBSCRIBED' WHERE email LIKE ?", "%@" + DOMAIN);
    }

    /** The value of the application metric {@code name} with these labels; 0 when it has not been counted yet. */
    private double value(String name, String... labels) throws Exception {
        String metrics = new WebClient(base.toURI()).get("/metrics").body();
        Matcher line = Pattern.compile("^" + name + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        while (line.find()) {
            String found = line.group(1);
            boolean matches = found.contains("mp_scope=\"application\"");
            for (String label : labels) {
                matches &= found.contains(label);
            }
            if (matches) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }
}
