package org.barta.newsletter.bounce;

import java.time.Instant;

/**
 * A bounce or complaint that waits for an editor.
 *
 * @param email the subscriber's address, the one the report names
 * @param diagnostic the remote server's words without the address; may be null
 */
public record HeldBounce(long id, long subscriberId, String email, BounceKind kind, String statusCode,
                         String diagnostic, String reportKey, HoldReason reason, Instant receivedAt) {
}
