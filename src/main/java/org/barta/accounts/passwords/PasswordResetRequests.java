package org.barta.accounts.passwords;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barta.platform.RateLimiter;
import org.barta.platform.cluster.RateLimits;

/**
 * The "forgotten password" form's one call. It must not tell whether an account exists, neither by its answer nor
 * by its time: it only counts the client address ({@value #PER_ADDRESS} requests per 15 minutes) and hands the
 * request to the container's scheduler, which looks the name up and mails a link ({@link PasswordResets#mailLinks})
 * one to two seconds later, at a random moment: the work an existing account causes then competes for the CPU with
 * whichever request is running, not with this answer. The answer is the same in every case, a refused one included.
 */
@ApplicationScoped
public class PasswordResetRequests {

    static final int PER_ADDRESS = 10;
    private static final long LATER_MILLIS = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LONGEST = 254;
    private static final Logger LOG = Logger.getLogger(PasswordResetRequests.class.getName());

    private RateLimiter perAddress;

    @Inject
    RateLimits limits;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PasswordResets resets;

    @PostConstruct
    void createLimits() {
        perAddress = limits.named("password-reset-requests", PER_ADDRESS, Duration.ofMinutes(15));
    }

    public void request(String typed, String clientAddress) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > LONGEST || !perAddress.tryAcquire(clientAddress, Instant.now())) {
            return;
        }
        try {
            scheduler.schedule(() -> {
                try {
                    resets.mailLinks(name, clientAddress);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A password reset request failed", e);
                }
            }, LATER_MILLIS + RANDOM.nextInt((int) LATER_MILLIS), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.warning("A password reset request was dropped: the scheduler refused it");
        }
    }
}
