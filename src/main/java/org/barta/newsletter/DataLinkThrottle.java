package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.barta.platform.SlidingWindowLimiter;

/**
 * Limits "my data" link mails per address: whoever holds a forwarded newsletter can ask for them, and must not
 * be able to bomb the subscriber's inbox.
 */
@ApplicationScoped
public class DataLinkThrottle {

    private final SlidingWindowLimiter byEmail = new SlidingWindowLimiter(3, Duration.ofHours(24));

    /** Counts a data-link mail to this address; false once the limit is reached. */
    public boolean allowDataLinkMail(String email, Instant now) {
        return byEmail.tryAcquire(email, now);
    }
}
