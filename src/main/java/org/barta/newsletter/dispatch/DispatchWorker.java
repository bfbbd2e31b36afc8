package org.barta.newsletter.dispatch;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barta.content.Language;
import org.barta.newsletter.compose.RenderedEdition;

/**
 * One worker of one send, over its own reused SMTP connection. While it sends a batch outside any transaction,
 * its next batch is claimed from the ledger and written on a helper thread; once the batch is sent, one short
 * transaction records it and the next goes out at once. So the relay waits neither for claims nor for message
 * writing, and the worker never begins a batch before the one before is recorded: when a server dies, at most
 * one batch per worker may have left unrecorded (the ledger tells it from the claimed-ahead one by its earlier
 * lease). While it sends, it renews both leases, so only a worker that stopped loses its rows. It repeats until
 * nothing is due, the edition stops sending, or the instance shuts down. A relay that cannot be reached puts the
 * batch back untouched and waits, longer each time.
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
    /** The batch being claimed and written while this one is sent; null between batches. */
    private CompletableFuture<List<Outgoing>> ahead;
    private Instant renewLeasesAt;
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
            List<Outgoing> batch = prepare();
            renewLeasesAt = Instant.now().plus(renewalInterval());
            while (!batch.isEmpty()) {
                ahead = CompletableFuture.supplyAsync(this::prepare, dispatcher.helpers());
                if (!record(send(batch))) {
                    // Paused or cancelled: the batch claimed ahead goes back unsent (released in finally).
                    return;
                }
                if (connection.isOpen()) {
                    relayBackoff = FIRST_RELAY_BACKOFF;
                } else {
                    pause(relayBackoff);
                    relayBackoff = min(relayBackoff.multipliedBy(2), MAX_RELAY_BACKOFF);
                }
                batch = next(ahead);
                ahead = null;
            }
            dispatcher.finishIfSettled(editionId);
        } catch (LedgerException e) {
            // The database is unreachable; claimed rows wait for their lease, the dispatcher starts a new worker.
            LOG.log(Level.WARNING, "Send of edition " + editionId + " paused by a database error", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Send worker for edition " + editionId + " failed", e);
        } finally {
            if (ahead != null) {
                ahead.thenAccept(this::releaseQuietly);
            }
            dispatcher.workerEnded(editionId, connection);
        }
    }

    /**
     * The next batch: claimed in the ledger and written, ready to send; empty when nothing is due or the edition
     * is no longer sending (paused, cancelled).
     */
    private List<Outgoing> prepare() {
        SendSettings settings = dispatcher.settings();
        Instant now = Instant.now();
        List<Recipient> claimed = dispatcher.lockConflicts().run(editionId, "claiming",
                () -> dispatcher.ledger().claim(editionId, owner, settings.batchSize(), settings.lease(), now));
        List<Outgoing> batch = new ArrayList<>(claimed.size());
        for (Recipient recipient : claimed) {
            batch.add(write(recipient, now));
        }
        return batch;
    }

    private Outgoing write(Recipient recipient, Instant now) {
        if (recipient.language() == null) {
            return new Outgoing(recipient, null, null);
        }
        try {
            return new Outgoing(recipient, dispatcher.messages().write(connection.session(), editionId, recipient,
                    rendition(recipient.language()), now), null);
        } catch (MessagingException e) {
            return new Outgoing(recipient, null, "Message not written: " + e.getMessage());
        }
    }

    private static List<Outgoing> next(CompletableFuture<List<Outgoing>> following) throws InterruptedException {
        try {
            return following.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private List<DeliveryOutcome> send(List<Outgoing> batch) {
        List<DeliveryOutcome> outcomes = new ArrayList<>(batch.size());
        Instant now = Instant.now();
        try {
            connection.ensureOpen();
        } catch (MessagingException e) {
            LOG.warning(() -> "SMTP relay " + connection.relay() + " unreachable: " + e.getMessage());
            batch.forEach(o -> outcomes.add(DeliveryOutcome.released(o.recipient().subscriberId(), now)));
            return outcomes;
        }
        for (int i = 0; i < batch.size(); i++) {
            Outgoing outgoing = batch.get(i);
            long subscriberId = outgoing.recipient().subscriberId();
            if (outgoing.notWritten() != null) {
                outcomes.add(DeliveryOutcome.failed(subscriberId, outgoing.notWritten()));
                continue;
            }
            AddressedMessage mail = outgoing.mail();
            if (mail == null) {
                outcomes.add(DeliveryOutcome.skipped(subscriberId));
                continue;
            }
            dispatcher.pacer().awaitTurn();
            renewLeasesIfDue(batch);
            try {
                String reply = connection.send(mail.message(), mail.to(), mail.envelopeSender());
                outcomes.add(DeliveryOutcome.sent(subscriberId, reply, mail.message().getMessageID()));
            } catch (MessagingException e) {
                DeliveryOutcome outcome = failure(outgoing.recipient(), e, dispatcher.settings());
                outcomes.add(outcome);
                if (outcome.kind() == DeliveryOutcome.Kind.INTERRUPTED) {
                    LOG.warning(() -> "SMTP connection to " + connection.relay() + " lost: " + e.getMessage());
                    connection.closeQuietly();
                    Instant again = Instant.now();
                    batch.subList(i + 1, batch.size()).forEach(o -> outcomes.add(
                            DeliveryOutcome.released(o.recipient().subscriberId(), again)));
                    break;
                }
            }
        }
        return outcomes;
    }

    /**
     * Every third of the lease a worker still sending renews its leases (the batch it sends and the one claimed
     * ahead), so however slow the relay, only a worker that stopped loses its claims. Not while the batch ahead is
     * being claimed: its lease must end after the renewed one. A renewal the database refuses is tried again at
     * the next message; the lease left gives it time.
     */
    private void renewLeasesIfDue(List<Outgoing> batch) {
        Instant now = Instant.now();
        if (now.isBefore(renewLeasesAt) || (ahead != null && !ahead.isDone())) {
            return;
        }
        List<Long> claimedAhead = ahead == null || ahead.isCompletedExceptionally() ? List.of() : ids(ahead.join());
        try {
            dispatcher.lockConflicts().run(editionId, "renewing leases", () -> dispatcher.ledger().renewLeases(
                    editionId, owner, ids(batch), claimedAhead, dispatcher.settings().lease(), now));
            renewLeasesAt = now.plus(renewalInterval());
        } catch (LedgerException e) {
            LOG.fine(() -> "Leases of edition " + editionId + " not renewed yet: " + e.getMessage());
        }
    }

    private Duration renewalInterval() {
        return dispatcher.settings().lease().dividedBy(3);
    }

    private static List<Long> ids(List<Outgoing> batch) {
        return batch.stream().map(o -> o.recipient().subscriberId()).toList();
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
        return renditions.computeIfAbsent(language, l -> dispatcher.editions().rendered(editionId, l));
    }

    /**
     * The messages have left: their outcome must reach the ledger before the next batch begins, or they count as
     * uncertain and go again. A lock conflict is retried at once; a database that is restarting gets time to come
     * back (well within the lease). Returns whether the edition is still sending.
     */
    private boolean record(List<DeliveryOutcome> outcomes) throws InterruptedException {
        Duration wait = Duration.ofMillis(500);
        Instant giveUp = Instant.now().plus(dispatcher.settings().lease().dividedBy(2));
        while (true) {
            try {
                boolean sending = dispatcher.lockConflicts().run(editionId, "recording",
                        () -> dispatcher.ledger().record(editionId, owner, outcomes, Instant.now()));
                dispatcher.metrics().recorded(editionId, outcomes);
                return sending;
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

    /** A batch claimed ahead by a worker that stopped goes back to the queue now rather than when its lease ends. */
    private void releaseQuietly(List<Outgoing> batch) {
        try {
            dispatcher.lockConflicts().run(editionId, "releasing",
                    () -> dispatcher.ledger().release(editionId, owner, ids(batch)));
        } catch (RuntimeException e) {
            LOG.fine(() -> "Recipients claimed ahead left to their lease: " + e.getMessage());
        }
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * One claimed recipient with their message written; no message when they are to be skipped (no longer
     * confirmed) or it could not be written ({@code notWritten} says why).
     */
    private record Outgoing(Recipient recipient, AddressedMessage mail, String notWritten) {
    }
}
