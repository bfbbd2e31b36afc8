package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How recently a session must have proven its second factor (or, for an account without one, its password) before
 * a dangerous action: exporting subscribers, sending an edition to its audience, changing accounts, changing
 * two-factor settings. {@code BARTA_REAUTH_MINUTES}, 15 minutes by default, at least 1. A stolen session cookie alone then does
 * none of these once the owner's last proof is that old.
 */
@ApplicationScoped
public class RecentProof {

    static final String DEFAULT_MINUTES = "15";

    @Inject
    @ConfigProperty(name = "barta.reauth.minutes", defaultValue = DEFAULT_MINUTES)
    int minutes;

    public boolean fresh(Instant provenAt, Instant now) {
        return fresh(provenAt, now, window());
    }

    /** At least one minute: with none, the action repeated after confirming would be refused again. */
    public Duration window() {
        return Duration.ofMinutes(Math.max(1, minutes));
    }

    /**
     * Fresh while less than {@code window} has passed since the proof. No proof is never fresh; a proof dated after
     * {@code now} (another instance's clock running ahead) counts as made now.
     */
    static boolean fresh(Instant provenAt, Instant now, Duration window) {
        return provenAt != null && now.isBefore(provenAt.plus(window));
    }
}
