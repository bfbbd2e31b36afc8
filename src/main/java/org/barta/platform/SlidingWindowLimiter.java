package org.barta.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key over a sliding time window, in this instance's memory. Used to slow down sign-in
 * guessing and sign-up form abuse. Bounded: past {@code maxKeys} keys it forgets everything and starts over.
 */
public final class SlidingWindowLimiter {

    private static final int MAX_KEYS = 100_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public SlidingWindowLimiter(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Records an event for the key unless the limit is already reached; false means "refuse". */
    public boolean tryAcquire(String key, Instant now) {
        Deque<Instant> times = times(key, now);
        synchronized (times) {
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Whether the key has reached the limit, without recording anything. */
    public boolean isExhausted(String key, Instant now) {
        Deque<Instant> times = times(key, now);
        synchronized (times) {
            return times.size() >= limit;
        }
    }

    public void reset(String key) {
        events.remove(key == null ? "" : key);
    }

    private Deque<Instant> times(String key, Instant now) {
        if (events.size() > MAX_KEYS) {
            events.clear();
        }
        Deque<Instant> times = events.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
        }
        return times;
    }
}
