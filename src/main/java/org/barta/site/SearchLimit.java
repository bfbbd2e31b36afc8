package org.barta.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.barta.platform.RateLimiter;
import org.barta.platform.cluster.RateLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many searches one client address may run per minute, counted across instances. Search is the one public page
 * that is never cached and costs a full-text query, so it is the cheapest way to load the database.
 */
@ApplicationScoped
public class SearchLimit {

    public static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "barta.search.per-minute", defaultValue = "30")
    int perMinute;

    @Inject
    RateLimits limits;

    private RateLimiter limiter;

    @PostConstruct
    void create() {
        limiter = limits.named("searches", Math.max(perMinute, 1), WINDOW);
    }

    /** Counts a search from the address; false when it has used up its searches for the window. 0 turns it off. */
    public boolean allow(String clientAddress) {
        return perMinute <= 0 || limiter.tryAcquire(clientAddress, Instant.now());
    }
}
