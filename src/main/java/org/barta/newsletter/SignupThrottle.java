package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.barta.platform.SlidingWindowLimiter;

/**
 * Limits sign-ups per sending address and confirmation mails per e-mail address, so the form can neither be
 * used to flood the list nor to bomb somebody's inbox.
 */
@ApplicationScoped
public class SignupThrottle {

    private final SlidingWindowLimiter byAddress = new SlidingWindowLimiter(5, Duration.ofMinutes(10));
    private final SlidingWindowLimiter byEmail = new SlidingWindowLimiter(3, Duration.ofHours(24));

    /** Counts an attempt from this network address; false once the limit is reached. */
    public boolean allowSignup(String remoteAddress, Instant now) {
        return byAddress.tryAcquire(remoteAddress, now);
    }

    /** Counts a confirmation mail to this address; false once the limit is reached. */
    public boolean allowConfirmationMail(String email, Instant now) {
        return byEmail.tryAcquire(email, now);
    }
}
