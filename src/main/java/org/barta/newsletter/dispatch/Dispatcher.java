package org.barta.newsletter.dispatch;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barta.platform.scheduling.SchedulerStarted;

/**
 * Runs sends on this instance. Every couple of seconds it looks for editions in SENDING and keeps up to the
 * configured number of workers on each; every instance does the same, and the ledger's SKIP LOCKED claims share
 * the recipients out. Because the state lives in the database, a restarted instance simply carries on.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final long TICK_MILLIS = 2_000;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    DeliveryLedger ledger;

    @Inject
    SendStates states;

    @Inject
    NewsletterMessages messages;

    @Inject
    SendableEditions editions;

    @Inject
    SendSettings settings;

    @Inject
    Session mailSession;

    @Inject
    DkimSigning dkim;

    @Inject
    SendMetrics metrics;

    private final Map<Long, AtomicInteger> activeWorkers = new ConcurrentHashMap<>();
    private final Set<RelayConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger relayRotation = new AtomicInteger();
    private final LockConflictRetry lockConflicts = new LockConflictRetry();
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private ScheduledExecutorService ticker;
    private ScheduledExecutorService watchdog;
    private ExecutorService workers;
    private SendPacer pacer;

    void start(@Observes SchedulerStarted started) {
        pacer = new SendPacer(settings.messagesPerSecond());
        workers = Executors.newCachedThreadPool(threadFactory);
        ticker = Executors.newSingleThreadScheduledExecutor(threadFactory);
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        // Apart from the ticker, which may wait on the database: a stalled relay is caught whatever the database does.
        watchdog = Executors.newSingleThreadScheduledExecutor(threadFactory);
        watchdog.scheduleWithFixedDelay(this::abortStalledSends, 1, 1, TimeUnit.SECONDS);
        LOG.info(() -> "Newsletter dispatcher started as " + instance);
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
            watchdog.shutdownNow();
            workers.shutdownNow();
            try {
                workers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts workers for a send right away instead of at the next tick. */
    public void wake() {
        if (ticker != null) {
            ticker.execute(this::tick);
        }
    }

    private void tick() {
        if (dkim.problem().isPresent()) {
            // Logged at start-up; the recipients stay queued, so the send goes on once signing is fixed.
            return;
        }
        try {
            for (long editionId : states.sendingEditions()) {
                // Claims of a dead instance (or worker) are found here even when nothing else is due.
                RequeuedClaims requeued = lockConflicts.run(editionId, "requeueing expired claims",
                        () -> ledger.requeueExpiredClaims(editionId, Instant.now()));
                if (requeued.queued() > 0) {
                    LOG.warning(() -> requeued.queued() + " recipients of edition " + editionId + " were claimed by a "
                            + "worker that stopped before recording what it sent; they are queued again, "
                            + requeued.uncertain() + " of them marked uncertain");
                }
                if (ledger.nextDue(editionId).filter(due -> !due.isAfter(Instant.now())).isEmpty()) {
                    if (activeWorkers.getOrDefault(editionId, new AtomicInteger()).get() == 0) {
                        states.finishIfSettled(editionId);
                    }
                    continue;
                }
                AtomicInteger active = activeWorkers.computeIfAbsent(editionId, id -> new AtomicInteger());
                while (active.get() < settings.connections()) {
                    active.incrementAndGet();
                    RelayConnection connection = connection();
                    connections.add(connection);
                    workers.execute(new DispatchWorker(editionId, owner(), this, connection));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Newsletter dispatcher could not check for sends", e);
        }
    }

    private RelayConnection connection() {
        List<Relay> relays = settings.relays();
        Relay relay = relays.get(Math.floorMod(relayRotation.getAndIncrement(), relays.size()));
        return new RelayConnection(relay, mailSession.getProperties(), authenticator());
    }

    private Authenticator authenticator() {
        // The configured credentials live in the shared session; each worker's session asks it for them.
        return new Authenticator() {
            @Override
            protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                return mailSession.requestPasswordAuthentication(getRequestingSite(), getRequestingPort(),
                        getRequestingProtocol(), getRequestingPrompt(), getDefaultUserName());
            }
        };
    }

    /** A worker's claim owner: this instance plus the worker's thread, unique across instances and restarts. */
    private String owner() {
        String owner = instance + "#" + UUID.randomUUID().toString().substring(0, 6);
        return owner.length() <= 64 ? owner : owner.substring(owner.length() - 64);
    }

    void workerEnded(long editionId, RelayConnection connection) {
        connections.remove(connection);
        activeWorkers.get(editionId).decrementAndGet();
    }

    private void abortStalledSends() {
        long now = System.nanoTime();
        connections.forEach(connection -> connection.abortIfStalled(now));
    }

    void finishIfSettled(long editionId) {
        states.finishIfSettled(editionId);
    }

    /** Where workers claim and write their next batch while they send the current one. */
    Executor helpers() {
        return workers;
    }

    DeliveryLedger ledger() {
        return ledger;
    }

    /** Every ledger transaction of a send goes through it, so the log counts this instance's lock conflicts. */
    LockConflictRetry lockConflicts() {
        return lockConflicts;
    }

    NewsletterMessages messages() {
        return messages;
    }

    SendableEditions editions() {
        return editions;
    }

    SendSettings settings() {
        return settings;
    }

    SendMetrics metrics() {
        return metrics;
    }

    SendPacer pacer() {
        return pacer;
    }
}
