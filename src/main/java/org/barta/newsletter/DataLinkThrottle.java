package org.barta.newsletter;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.barta.platform.RateLimiter;
import org.barta.platform.cluster.RateLimits;

/**
 * Limits "my data" link mails per address: whoever holds a forwarded newsletter can ask for them, and must not
 * be able to bomb the subscriber's inbox.
 */
@ApplicationScoped
public class DataLinkThrottle {

    private RateLimiter byEmail;

    @Inject
    RateLimits limits;

    @PostConstruct
    void createLimit() {
        byEmail = limits.named("data-link-mails", 3, Duration.ofHours(24));
    }

    /** Counts a data-link mail to this address; false once the limit is reached. */
    public boolean allowDataLinkMail(String email, Instant now) {
        return byEmail.tryAcquire(email, now);
    }
}
