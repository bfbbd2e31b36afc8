package org.barta.newsletter.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Sends on {@code /metrics}, per edition (its id): {@code barta_newsletter_deliveries_total{edition, outcome}}
 * counts what this instance's workers recorded per recipient (sent: its rate is the send rate; retry, failed,
 * skipped, released, interrupted), and
 * {@code barta_newsletter_queue{edition}} how many recipients the ledger still holds (queued or claimed), the
 * same read from any instance.
 */
@ApplicationScoped
public class SendMetrics {

    @Inject
    MetricRegistry metrics;

    @Inject
    DeliveryLedger ledger;

    private final Set<Long> queues = ConcurrentHashMap.newKeySet();

    void recorded(long editionId, List<DeliveryOutcome> outcomes) {
        Tag edition = new Tag("edition", String.valueOf(editionId));
        Map<DeliveryOutcome.Kind, Long> counts = outcomes.stream()
                .collect(Collectors.groupingBy(DeliveryOutcome::kind, Collectors.counting()));
        counts.forEach((kind, count) -> metrics.counter("barta_newsletter_deliveries", edition,
                new Tag("outcome", kind.name().toLowerCase(Locale.ROOT))).inc(count));
        if (queues.add(editionId)) {
            metrics.gauge("barta_newsletter_queue", editionId, this::queue, edition);
        }
    }

    private long queue(long editionId) {
        SendCounts counts = ledger.counts(editionId);
        return counts.queued() + counts.inFlight();
    }
}
