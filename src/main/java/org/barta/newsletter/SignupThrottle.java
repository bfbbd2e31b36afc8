package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits sign-ups per sending address and confirmation mails per e-mail address, so the form can neither be
 * used to flood the list nor to bomb somebody's inbox. Counts live in this instance's memory.
 */
@ApplicationScoped
public class SignupThrottle {

    static final int PER_ADDRESS = 5;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);
    static final int PER_EMAIL = 3;
    static final Duration EMAIL_WINDOW = Duration.ofHours(24);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byEmail = new ConcurrentHashMap<>();

    /** Counts an attempt from this network address; false once the limit is reached. */
    public boolean allowSignup(String remoteAddress, Instant now) {
        return allow(byAddress, remoteAddress, PER_ADDRESS, ADDRESS_WINDOW, now);
    }

    /** Counts a confirmation mail to this address; false once the limit is reached. */
    public boolean allowConfirmationMail(String email, Instant now) {
        return allow(byEmail, email, PER_EMAIL, EMAIL_WINDOW, now);
    }

    private static boolean allow(Map<String, Deque<Instant>> counts, String key, int limit, Duration window,
                                 Instant now) {
        if (counts.size() > MAX_TRACKED) {
            counts.clear();
        }
        Deque<Instant> times = counts.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
