package org.barta.site.redirect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.barta.site.PublicPagesStale;

/**
 * Every redirect's source and where it leads now, in memory, so that an old address costs the site a map lookup:
 * loaded on first use and again after anything that may change a target (a redirect added, changed or removed
 * here or on another instance, an item published, unpublished or given a new slug). Hits are counted here and
 * added to the database by {@link RedirectCounts}.
 */
@ApplicationScoped
public class RedirectIndex {

    private record Entry(long id, String target) {
    }

    @Inject
    RedirectRepository redirects;

    private volatile Map<String, Entry> bySource;
    /** Moves on with every {@link #stale}: a load that began before one is used once, never kept. */
    private final AtomicLong generation = new AtomicLong();
    private final Map<Long, LongAdder> hits = new ConcurrentHashMap<>();

    /** Where a request for this address (see {@link OldAddress}) goes instead, counting the hit. */
    public Optional<String> targetOf(String address) {
        Entry entry = entries().get(address);
        if (entry == null) {
            return Optional.empty();
        }
        hits.computeIfAbsent(entry.id(), id -> new LongAdder()).increment();
        return Optional.of(entry.target());
    }

    /**
     * As {@link #targetOf}, but only from what is loaded already (empty otherwise): for a caller that must not wait
     * for the database, the HTTP listener's thread.
     */
    public Optional<String> loadedTargetOf(String address) {
        Map<String, Entry> current = bySource;
        return current == null || !current.containsKey(address) ? Optional.empty() : targetOf(address);
    }

    /** Forgets what it loaded; the next lookup loads anew. */
    public void stale() {
        generation.incrementAndGet();
        bySource = null;
    }

    void onPublicChange(@Observes PublicPagesStale change) {
        stale();
    }

    /** The hits counted since the last call. */
    Map<Long, Long> takeHits() {
        Map<Long, Long> taken = new HashMap<>();
        hits.forEach((id, count) -> {
            long value = count.sumThenReset();
            if (value > 0) {
                taken.put(id, value);
            }
        });
        return taken;
    }

    private Map<String, Entry> entries() {
        Map<String, Entry> current = bySource;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            current = bySource;
            if (current == null) {
                long loading = generation.get();
                Map<String, Entry> loaded = new HashMap<>();
                for (Redirect redirect : redirects.all()) {
                    if (redirect.target() != null) {
                        loaded.put(redirect.source(), new Entry(redirect.id(), redirect.target()));
                    }
                }
                current = Map.copyOf(loaded);
                if (generation.get() == loading) {
                    bySource = current;
                }
            }
            return current;
        }
    }
}
