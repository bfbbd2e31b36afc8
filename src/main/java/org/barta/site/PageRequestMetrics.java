package org.barta.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Public page requests on this instance's {@code /metrics}: {@code barta_page_requests_total{served}}, where
 * {@code served} is {@code edge} (a cached copy, answered in the HTTP listener), {@code hit} (a cached copy,
 * answered in the container), {@code coalesced} (a miss that shared the page another request was rendering),
 * {@code miss} (rendered, then kept) or {@code uncached} (rendered and not kept: searches, error pages, the cache
 * turned off). The cache's hit ratio is (edge + hit + coalesced) / all. Each counter is a
 * {@code LongAdder} in Payara's implementation, cheap enough for the edge's path ({@code bench/site.sh}).
 */
@ApplicationScoped
public class PageRequestMetrics {

    static final String NAME = "barta_page_requests";

    @Inject
    MetricRegistry metrics;

    private Counter edge;
    private Counter hit;
    private Counter miss;
    private Counter uncached;
    private Counter coalesced;

    @PostConstruct
    void register() {
        edge = counter("edge");
        hit = counter("hit");
        miss = counter("miss");
        uncached = counter("uncached");
        coalesced = counter("coalesced");
    }

    public Counter servedAtEdge() {
        return edge;
    }

    public void servedFromCache() {
        hit.inc();
    }

    /** A miss served the page another request was rendering at that moment. */
    public void servedFromOtherRender() {
        coalesced.inc();
    }

    public void rendered(boolean kept) {
        (kept ? miss : uncached).inc();
    }

    private Counter counter(String served) {
        return metrics.counter(NAME, new Tag("served", served));
    }
}
