package org.barta.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key over a sliding time window, exactly, in this instance's memory: the limiter of an instance
 * that runs alone, and the fallback of {@link org.barta.platform.cluster.RateLimits}' shared one. Bounded without ever forgetting a key that still has events in its window:
 * when {@code maxKeys} keys are tracked, keys whose events have all expired are dropped, and if none has, new keys
 * share one overflow counter. So flooding the limiter with new keys can neither empty it nor grow it without end.
 */
public final class SlidingWindowLimiter implements RateLimiter {

    static final int DEFAULT_MAX_KEYS = 100_000;
    /** Not a valid address or e-mail address, so no caller's own key can collide with it. */
    static final String OVERFLOW = "\u0000overflow";

    private final int limit;
    private final Duration window;
    private final int maxKeys;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();
    private volatile Instant lastPurge;

    public SlidingWindowLimiter(int limit, Duration window) {
        this(limit, window, DEFAULT_MAX_KEYS);
    }

    SlidingWindowLimiter(int limit, Duration window, int maxKeys) {
        this.limit = limit;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    @Override
    public boolean tryAcquire(String key, Instant now) {
        Deque<Instant> times = events.computeIfAbsent(keyFor(key, now), k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Also without tracking a new key. */
    @Override
    public boolean isExhausted(String key, Instant now) {
        Deque<Instant> times = events.get(keyFor(key, now));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            expire(times, now);
            return times.size() >= limit;
        }
    }

    int trackedKeys() {
        return events.size();
    }

    private String keyFor(String key, Instant now) {
        String normal = key == null ? "" : key;
        return events.containsKey(normal) || !full(now) ? normal : OVERFLOW;
    }

    /**
     * Whether no new key fits. Keys with nothing left in their window are dropped first, at most once a second,
     * so that a full table does not cost a scan per request.
     */
    private boolean full(Instant now) {
        if (events.size() < maxKeys) {
            return false;
        }
        Instant previous = lastPurge;
        if (previous == null || now.isAfter(previous.plusSeconds(1))) {
            lastPurge = now;
            events.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    expire(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        return events.size() >= maxKeys;
    }

    private void expire(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.pollFirst();
        }
    }
}
