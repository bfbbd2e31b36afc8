package org.barta.platform.cluster;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.barta.platform.RateLimiter;

/**
 * A limit counted by every instance of the cluster together, in one Hazelcast map per limit (kept with a backup
 * on another member, so the counts outlive the instance that holds them). The window is cut into
 * {@value #BUCKETS} buckets, one counter each; a key's count is the sum over the buckets that cover the window,
 * so it errs towards refusing (it may count up to one bucket more than the window, never less). Two instances
 * counting the last allowed event at the same moment may both allow it: the limit can be passed by as many
 * events as instances race for it, which a rate limit can afford. Keys arrive already digested (the map's
 * contents cross the cluster's network and must not carry addresses in clear).
 */
final class SharedWindowLimiter implements RateLimiter {

    static final int BUCKETS = 10;
    static final String MAP_PREFIX = "barta-limit-";

    private final IMap<String, Long> counts;
    private final int limit;
    private final long bucketMillis;
    private final UnaryOperator<String> digest;

    private SharedWindowLimiter(IMap<String, Long> counts, int limit, long bucketMillis,
            UnaryOperator<String> digest) {
        this.counts = counts;
        this.limit = limit;
        this.bucketMillis = bucketMillis;
        this.digest = digest;
    }

    /**
     * The limiter named {@code name} on this member; every instance that asks for the same name with the same
     * window shares it. Its counters expire by themselves once the window has passed them.
     */
    static SharedWindowLimiter on(HazelcastInstance member, String name, int limit, Duration window,
            UnaryOperator<String> digest) {
        long bucketMillis = Math.max(1, (window.toMillis() + BUCKETS - 1) / BUCKETS);
        int expirySeconds = (int) Math.min(Integer.MAX_VALUE,
                (window.toMillis() + 2 * bucketMillis + 999) / 1000);
        String map = MAP_PREFIX + name;
        member.getConfig().addMapConfig(new MapConfig(map).setTimeToLiveSeconds(expirySeconds));
        return new SharedWindowLimiter(member.getMap(map), limit, bucketMillis, digest);
    }

    @Override
    public boolean tryAcquire(String key, Instant now) {
        String counter = digest.apply(key == null ? "" : key);
        long bucket = now.toEpochMilli() / bucketMillis;
        if (count(counter, bucket) >= limit) {
            return false;
        }
        increment(counter + ':' + bucket);
        return true;
    }

    @Override
    public boolean isExhausted(String key, Instant now) {
        return count(digest.apply(key == null ? "" : key), now.toEpochMilli() / bucketMillis) >= limit;
    }

    private long count(String counter, long currentBucket) {
        Set<String> buckets = new HashSet<>();
        for (long bucket = currentBucket - BUCKETS; bucket <= currentBucket; bucket++) {
            buckets.add(counter + ':' + bucket);
        }
        return counts.getAll(buckets).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Compare-and-set: Payara's Hazelcast cannot run the application's own entry processors. */
    private void increment(String bucket) {
        while (true) {
            Long before = counts.putIfAbsent(bucket, 1L);
            if (before == null || counts.replace(bucket, before, before + 1)) {
                return;
            }
        }
    }
}
