package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.barta.platform.SlidingWindowLimiter;

/**
 * Slows password guessing: after 5 failed sign-ins for one account, or 20 from one network address, within
 * 15 minutes, further attempts are refused without checking the password until the window has passed.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final SlidingWindowLimiter failuresByAccount = new SlidingWindowLimiter(5, WINDOW);
    private final SlidingWindowLimiter failuresByAddress = new SlidingWindowLimiter(20, WINDOW);

    public boolean isBlocked(String username, String remoteAddress, Instant now) {
        return failuresByAccount.isExhausted(username, now) || failuresByAddress.isExhausted(remoteAddress, now);
    }

    public void failed(String username, String remoteAddress, Instant now) {
        failuresByAccount.tryAcquire(username, now);
        failuresByAddress.tryAcquire(remoteAddress, now);
    }

    public void succeeded(String username) {
        failuresByAccount.reset(username);
    }
}
