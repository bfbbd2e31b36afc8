package org.barta.newsletter.dispatch;

import org.barta.content.Language;

/** One claimed ledger row with what is needed to write the subscriber their message. */
public record Recipient(long subscriberId, String email, String name, Language language, String linkNonce,
                        boolean uncertain, int attempts) {
}
