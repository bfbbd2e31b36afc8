package org.barta.newsletter.dispatch;

import java.time.Instant;

/** What became of one claimed recipient; recorded in the ledger in one batch per claim. */
public record DeliveryOutcome(long subscriberId, Kind kind, String detail, String messageId, Instant nextAttemptAt) {

    public enum Kind {
        /** Accepted by the relay; detail is its reply. */
        SENT,
        /** Refused for now (4xx, or the connection dropped while sending): tried again at nextAttemptAt. */
        RETRY,
        /** Refused for good (5xx) or too many attempts: never tried again unless an editor asks. */
        FAILED,
        /** No longer confirmed when its turn came (unsubscribed, bounced, erased meanwhile). */
        SKIPPED,
        /** Not attempted (the relay could not be reached): back in the queue without counting an attempt. */
        RELEASED,
        /** The connection broke while this message was on its way: queued again and marked uncertain. */
        INTERRUPTED
    }

    public static DeliveryOutcome sent(long subscriberId, String reply, String messageId) {
        return new DeliveryOutcome(subscriberId, Kind.SENT, reply, messageId, null);
    }

    public static DeliveryOutcome retry(long subscriberId, String reason, Instant next) {
        return new DeliveryOutcome(subscriberId, Kind.RETRY, reason, null, next);
    }

    public static DeliveryOutcome failed(long subscriberId, String reason) {
        return new DeliveryOutcome(subscriberId, Kind.FAILED, reason, null, null);
    }

    public static DeliveryOutcome skipped(long subscriberId) {
        return new DeliveryOutcome(subscriberId, Kind.SKIPPED, null, null, null);
    }

    public static DeliveryOutcome interrupted(long subscriberId, String reason, Instant next) {
        return new DeliveryOutcome(subscriberId, Kind.INTERRUPTED, reason, null, next);
    }

    public static DeliveryOutcome released(long subscriberId, Instant next) {
        return new DeliveryOutcome(subscriberId, Kind.RELEASED, null, null, next);
    }
}
