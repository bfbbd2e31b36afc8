package org.barta.newsletter.dispatch;

import org.barta.content.Language;

/**
 * One claimed ledger row with what is needed to write the subscriber their message: the language it is sent in
 * (null when they are no longer to get it) and the audience of the send they are reached through (the one their
 * unsubscribe link leaves).
 */
public record Recipient(long subscriberId, String email, String name, Language language, String linkNonce,
                        boolean uncertain, int attempts, long audienceId) {
}
