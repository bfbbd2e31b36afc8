package org.barta.platform;

import java.time.Instant;

/** Counts events per key over a time window and says when a key has had its share. */
public interface RateLimiter {

    /** Records an event for the key unless the limit is already reached; false means "refuse". */
    boolean tryAcquire(String key, Instant now);

    /** Whether the key has reached the limit, without recording anything. */
    boolean isExhausted(String key, Instant now);
}
