package org.barta.newsletter.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How fast and how wide a send goes, per instance. */
@ApplicationScoped
public class SendSettings {

    @Inject
    @ConfigProperty(name = "barta.newsletter.relays", defaultValue = " ")
    String relays;

    @Inject
    @ConfigProperty(name = "barta.smtp.host", defaultValue = "127.0.0.1")
    String smtpHost;

    @Inject
    @ConfigProperty(name = "barta.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "barta.newsletter.connections", defaultValue = "4")
    int connections;

    @Inject
    @ConfigProperty(name = "barta.newsletter.messages-per-second", defaultValue = "100")
    double messagesPerSecond;

    @Inject
    @ConfigProperty(name = "barta.newsletter.batch-size", defaultValue = "100")
    int batchSize;

    @Inject
    @ConfigProperty(name = "barta.newsletter.lease-seconds", defaultValue = "300")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "barta.newsletter.max-attempts", defaultValue = "8")
    int maxAttempts;

    /** The relays to spread connections over; the main SMTP relay when none are listed. */
    public List<Relay> relays() {
        return relays.isBlank() ? List.of(new Relay(smtpHost, smtpPort)) : Relay.parseAll(relays, smtpPort);
    }

    /** Concurrent SMTP connections (one worker each) per instance. */
    public int connections() {
        return Math.max(1, connections);
    }

    /** Messages per second per instance; 0 or less means as fast as the relays take them. */
    public double messagesPerSecond() {
        return messagesPerSecond;
    }

    public int batchSize() {
        return Math.max(1, Math.min(batchSize, 1_000));
    }

    /**
     * How long a claimed batch stays a worker's before it counts as abandoned. Must exceed the time a batch takes
     * to send; it bounds how long a crashed instance's rows wait before they are sent again.
     */
    public Duration lease() {
        return Duration.ofSeconds(Math.max(5, leaseSeconds));
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }
}
