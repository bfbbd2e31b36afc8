package org.barta.platform.cluster;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.barta.platform.AppSecrets;
import org.barta.platform.RateLimiter;
import org.barta.platform.SlidingWindowLimiter;

/**
 * Rate limits that count across the cluster: an instance running alone counts in its memory
 * ({@link SlidingWindowLimiter}); clustered, every instance counts in one shared map ({@link SharedWindowLimiter}),
 * so spreading attempts over the instances buys nothing. Should the cluster fail to answer, the instance falls
 * back to its own count (a limit that still holds per instance) rather than refusing or failing the request.
 */
@ApplicationScoped
public class RateLimits {

    static final String DIGEST_KEY = "rate-limit-keys";
    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);
    /** Enough of an HMAC-SHA-256 that two keys of one limit do not share a counter by chance. */
    private static final int DIGEST_BYTES = 16;

    @Inject
    ClusterSignals cluster;

    @Inject
    AppSecrets secrets;

    /** The limit called {@code name}: {@code limit} events per key within {@code window}. */
    public RateLimiter named(String name, int limit, Duration window) {
        return new ClusterOrInstance(name, limit, window);
    }

    /** Decides at each call, since the cluster is joined at startup, possibly after the limit was created. */
    private final class ClusterOrInstance implements RateLimiter {

        private final String name;
        private final int limit;
        private final Duration window;
        private final SlidingWindowLimiter own;
        private volatile SharedWindowLimiter shared;
        private volatile Instant lastWarning = Instant.EPOCH;

        ClusterOrInstance(String name, int limit, Duration window) {
            this.name = name;
            this.limit = limit;
            this.window = window;
            this.own = new SlidingWindowLimiter(limit, window);
        }

        @Override
        public boolean tryAcquire(String key, Instant now) {
            return ask(limiter -> limiter.tryAcquire(key, now), now);
        }

        @Override
        public boolean isExhausted(String key, Instant now) {
            return ask(limiter -> limiter.isExhausted(key, now), now);
        }

        /** Asks the shared limit, or this instance's own while the cluster cannot answer. */
        private boolean ask(Predicate<RateLimiter> question, Instant now) {
            SharedWindowLimiter counted = shared();
            if (counted != null) {
                try {
                    return question.test(counted);
                } catch (RuntimeException e) {
                    warn(e, now);
                }
            }
            return question.test(own);
        }

        private SharedWindowLimiter shared() {
            SharedWindowLimiter current = shared;
            if (current == null) {
                HazelcastInstance member = cluster.member();
                if (member == null) {
                    return null;
                }
                synchronized (this) {
                    if (shared == null) {
                        shared = SharedWindowLimiter.on(member, name, limit, window, this::digest);
                    }
                    current = shared;
                }
            }
            return current;
        }

        private String digest(String key) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secrets.key(DIGEST_KEY), "HmacSHA256"));
                mac.update(name.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
                byte[] digest = mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, DIGEST_BYTES));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA-256 is missing from this Java runtime", e);
            }
        }

        private void warn(RuntimeException e, Instant now) {
            if (now.isAfter(lastWarning.plus(WARN_EVERY))) {
                lastWarning = now;
                LOG.log(Level.WARNING, "The cluster did not answer for the limit '" + name
                        + "': this instance counts on its own for now", e);
            }
        }
    }
}
