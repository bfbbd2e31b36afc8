package org.barta.newsletter.dispatch;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barta.content.Language;
import org.barta.newsletter.compose.RenderedEdition;

/**
 * One worker of one send: claims a batch from the ledger, sends it over its own reused SMTP connection outside
 * any transaction, records the outcome, and repeats until nothing is due, the edition stops sending, or the
 * instance shuts down. A relay that cannot be reached puts the batch back untouched and waits, longer each time.
 */
final class DispatchWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(DispatchWorker.class.getName());
    private static final Duration FIRST_RELAY_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_RELAY_BACKOFF = Duration.ofSeconds(30);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration MAX_RETRY = Duration.ofHours(6);

    private final long editionId;
    private final String owner;
    private final Dispatcher dispatcher;
    private final RelayConnection connection;
    private Duration relayBackoff = FIRST_RELAY_BACKOFF;
    /** The edition as rendered per language; fetched once per worker, not through a proxy per message. */
    private final Map<Language, RenderedEdition> renditions = new EnumMap<>(Language.class);

    DispatchWorker(long editionId, String owner, Dispatcher dispatcher, RelayConnection connection) {
        this.editionId = editionId;
        this.owner = owner;
        this.dispatcher = dispatcher;
        this.connection = connection;
    }

    @Override
    public void run() {
        try (connection) {
            while (!Thread.currentThread().isInterrupted() && dispatcher.isSending(editionId)) {
                Instant now = Instant.now();
                SendSettings settings = dispatcher.settings();
                List<Recipient> batch = dispatcher.ledger().claim(editionId, owner, settings.batchSize(),
                        settings.lease(), now);
                if (batch.isEmpty()) {
                    dispatcher.finishIfSettled(editionId);
                    return;
                }
                List<DeliveryOutcome> outcomes = send(batch, settings);
                record(outcomes, settings);
                if (connection.isOpen()) {
                    relayBackoff = FIRST_RELAY_BACKOFF;
                } else {
                    pause(relayBackoff);
                    relayBackoff = min(relayBackoff.multipliedBy(2), MAX_RELAY_BACKOFF);
                }
            }
        } catch (LedgerException e) {
            // The database is unreachable; claimed rows wait for their lease, the dispatcher starts a new worker.
            LOG.log(Level.WARNING, "Send of edition " + editionId + " paused by a database error", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Send worker for edition " + editionId + " failed", e);
        } finally {
            dispatcher.workerEnded(editionId, connection);
        }
    }

    private List<DeliveryOutcome> send(List<Recipient> batch, SendSettings settings) {
        List<DeliveryOutcome> outcomes = new ArrayList<>(batch.size());
        Instant now = Instant.now();
        try {
            connection.ensureOpen();
        } catch (MessagingException e) {
            LOG.warning(() -> "SMTP relay " + connection.relay() + " unreachable: " + e.getMessage());
            batch.forEach(r -> outcomes.add(DeliveryOutcome.released(r.subscriberId(), now)));
            return outcomes;
        }
        for (int i = 0; i < batch.size(); i++) {
            Recipient recipient = batch.get(i);
            if (recipient.language() == null) {
                outcomes.add(DeliveryOutcome.skipped(recipient.subscriberId()));
                continue;
            }
            MimeMessage message;
            try {
                message = dispatcher.messages().write(connection.session(), editionId, recipient,
                        rendition(recipient.language()), now);
            } catch (MessagingException e) {
                outcomes.add(DeliveryOutcome.failed(recipient.subscriberId(), "Message not written: " + e.getMessage()));
                continue;
            }
            dispatcher.pacer().awaitTurn();
            try {
                String reply = connection.send(message, message.getAllRecipients()[0],
                        dispatcher.envelopeSender(editionId, recipient.subscriberId()));
                outcomes.add(DeliveryOutcome.sent(recipient.subscriberId(), reply,
                        dispatcher.messages().messageId(editionId, recipient.subscriberId())));
            } catch (MessagingException e) {
                DeliveryOutcome outcome = failure(recipient, e, settings);
                outcomes.add(outcome);
                if (outcome.kind() == DeliveryOutcome.Kind.INTERRUPTED) {
                    LOG.warning(() -> "SMTP connection to " + connection.relay() + " lost: " + e.getMessage());
                    connection.closeQuietly();
                    Instant again = Instant.now();
                    batch.subList(i + 1, batch.size())
                            .forEach(r -> outcomes.add(DeliveryOutcome.released(r.subscriberId(), again)));
                    break;
                }
            }
        }
        return outcomes;
    }

    private DeliveryOutcome failure(Recipient recipient, MessagingException e, SendSettings settings) {
        String reason = SmtpReplies.describe(e);
        if (e instanceof AddressException) {
            return DeliveryOutcome.failed(recipient.subscriberId(), reason);
        }
        if (e instanceof AuthenticationFailedException) {
            return DeliveryOutcome.interrupted(recipient.subscriberId(), reason, Instant.now());
        }
        return switch (SmtpReplies.classify(e)) {
            case PERMANENT -> DeliveryOutcome.failed(recipient.subscriberId(), reason);
            case TEMPORARY -> recipient.attempts() + 1 >= settings.maxAttempts()
                    ? DeliveryOutcome.failed(recipient.subscriberId(), reason)
                    : DeliveryOutcome.retry(recipient.subscriberId(), reason, Instant.now().plus(
                            min(FIRST_RETRY.multipliedBy(1L << Math.min(recipient.attempts(), 16)), MAX_RETRY)));
            case CONNECTION -> DeliveryOutcome.interrupted(recipient.subscriberId(), reason, Instant.now());
        };
    }

    private RenderedEdition rendition(Language language) {
        return renditions.computeIfAbsent(language, l -> dispatcher.renditions().rendered(editionId, l));
    }

    /**
     * The messages have left: their outcome must reach the ledger, or they count as uncertain and go again.
     * A database that is restarting gets time to come back (well within the lease).
     */
    private void record(List<DeliveryOutcome> outcomes, SendSettings settings) throws InterruptedException {
        Duration wait = Duration.ofMillis(500);
        Instant giveUp = Instant.now().plus(settings.lease().dividedBy(2));
        while (true) {
            try {
                dispatcher.ledger().record(editionId, owner, outcomes, Instant.now());
                return;
            } catch (LedgerException e) {
                if (Instant.now().isAfter(giveUp)) {
                    throw e;
                }
                LOG.warning(() -> "Recording deliveries failed, trying again: " + e.getMessage());
                Thread.sleep(wait.toMillis());
                wait = min(wait.multipliedBy(2), Duration.ofSeconds(10));
            }
        }
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
