package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a session may last however busy it is ({@code BARTA_SESSION_MAX_HOURS}, 12 hours by default): the idle
 * timeout alone would let a stolen session cookie that is kept in use live for ever.
 */
@ApplicationScoped
public class SessionLifetime {

    static final String DEFAULT_HOURS = "12";

    @Inject
    @ConfigProperty(name = "barta.session.max-hours", defaultValue = DEFAULT_HOURS)
    int maxHours;

    public boolean outlived(Instant signedInAt, Instant now) {
        return outlived(signedInAt, now, maximum());
    }

    public Duration maximum() {
        return Duration.ofHours(maxHours);
    }

    static boolean outlived(Instant signedInAt, Instant now, Duration maximum) {
        return !now.isBefore(signedInAt.plus(maximum));
    }
}
