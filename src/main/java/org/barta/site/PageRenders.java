package org.barta.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Lets one request render a page that many miss at once, and the others share its result: after a publication
 * drops the home page, every visitor of it misses it at the same moment, and each rendering it again would only
 * slow all of them. A rendering belongs to one cache generation: a request that arrives after pages were dropped
 * (a retraction, say) never shares a rendering begun before. A request waits at most
 * {@link #LONGEST_WAIT}, then renders the page itself, as it does when the first could not share its page
 * (an error, a 404, anything not cacheable).
 */
@ApplicationScoped
public class PageRenders {

    public static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final Map<String, CompletableFuture<PageCache.Entry>> inFlight = new ConcurrentHashMap<>();

    /** A request's part in the rendering of one page in one generation. */
    public final class Flight {

        private final String id;
        private final CompletableFuture<PageCache.Entry> result;
        private final boolean leads;

        private Flight(String id, CompletableFuture<PageCache.Entry> result, boolean leads) {
            this.id = id;
            this.result = result;
            this.leads = leads;
        }

        /** Whether this request renders the page (the first to miss it). */
        public boolean leads() {
            return leads;
        }

        /** The page the first request rendered, once it has; empty when it could not share one in time. */
        public Optional<PageCache.Entry> awaitLeader(Duration longest) throws InterruptedException {
            try {
                return Optional.ofNullable(result.get(longest.toMillis(), TimeUnit.MILLISECONDS));
            } catch (ExecutionException | TimeoutException e) {
                return Optional.empty();
            }
        }

        /** Called by the first request, always: the page the others may share, or null when they may not. */
        public void finish(PageCache.Entry shared) {
            inFlight.remove(id, result);
            result.complete(shared);
        }
    }

    /** Joins the rendering of {@code key} in this cache generation, or starts it. */
    public Flight join(String key, long generation) {
        String id = generation + " " + key;
        CompletableFuture<PageCache.Entry> mine = new CompletableFuture<>();
        CompletableFuture<PageCache.Entry> running = inFlight.putIfAbsent(id, mine);
        return running == null ? new Flight(id, mine, true) : new Flight(id, running, false);
    }
}
