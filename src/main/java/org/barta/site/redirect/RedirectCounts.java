package org.barta.site.redirect;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts redirect hits and 404s in memory and adds them to the database every {@value #EVERY_SECONDS} s, so that a
 * flood of requests for old or missing addresses costs no write each. At most {@value #MISSING_PER_ROUND} distinct
 * missing addresses are counted per round: a scan of random addresses cannot grow memory or the table without end.
 */
@ApplicationScoped
public class RedirectCounts {

    static final int EVERY_SECONDS = 10;
    static final int MISSING_PER_ROUND = 1000;
    private static final Logger LOG = Logger.getLogger(RedirectCounts.class.getName());

    @Inject
    RedirectIndex index;

    @Inject
    RedirectRepository repository;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, LongAdder> missing = new ConcurrentHashMap<>();
    private ScheduledFuture<?> rounds;

    void start(@Observes Startup startup) {
        rounds = scheduler.scheduleWithFixedDelay(this::flush, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /** A request for this address (see {@link OldAddress}) found nothing. */
    public void missed(String address) {
        LongAdder count = missing.get(address);
        if (count == null) {
            if (missing.size() >= MISSING_PER_ROUND) {
                return;
            }
            count = missing.computeIfAbsent(address, a -> new LongAdder());
        }
        count.increment();
    }

    void flush() {
        try {
            Instant now = Instant.now();
            repository.addHits(index.takeHits(), now);
            Map<String, Long> misses = new HashMap<>();
            for (String address : missing.keySet()) {
                LongAdder count = missing.remove(address);
                if (count != null && count.sum() > 0) {
                    misses.put(address, count.sum());
                }
            }
            repository.addMissing(misses, now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Redirect hits and missing addresses not counted this round", e);
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
