package org.barta.newsletter.dispatch;

/** The audience an edition goes to, as its mail headers and one-click unsubscribe links name it. */
public record MailingList(long audienceId, String code, String name) {
}
