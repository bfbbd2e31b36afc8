package org.barta.newsletter;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.barta.platform.RateLimiter;
import org.barta.platform.cluster.RateLimits;

/**
 * Limits sign-ups per sending address and confirmation mails per e-mail address, so the form can neither be
 * used to flood the list nor to bomb somebody's inbox, on any of the instances.
 */
@ApplicationScoped
public class SignupThrottle {

    private RateLimiter byAddress;
    private RateLimiter byEmail;

    @Inject
    RateLimits limits;

    @PostConstruct
    void createLimits() {
        byAddress = limits.named("sign-ups", 5, Duration.ofMinutes(10));
        byEmail = limits.named("confirmation-mails", 3, Duration.ofHours(24));
    }

    /** Counts an attempt from this network address; false once the limit is reached. */
    public boolean allowSignup(String remoteAddress, Instant now) {
        return byAddress.tryAcquire(remoteAddress, now);
    }

    /** Counts a confirmation mail to this address; false once the limit is reached. */
    public boolean allowConfirmationMail(String email, Instant now) {
        return byEmail.tryAcquire(email, now);
    }
}
