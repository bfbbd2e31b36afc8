package org.barta.newsletter;

import java.time.Duration;

/** What a signed subscriber link may do, and how long it stays valid. */
public enum LinkPurpose {
    /** The double opt-in link in the confirmation mail. */
    CONFIRM(Duration.ofDays(7)),
    /** The preferences link in every newsletter: language, unsubscribe, and asking for a {@link #MY_DATA} link. */
    PREFERENCES(Duration.ofDays(400)),
    /**
     * Download my data or erase me: mailed fresh to the address on request, never in a newsletter that may have
     * been forwarded; short-lived, and it works once (its nonce is the subscriber's data-link nonce).
     */
    MY_DATA(Duration.ofHours(1)),
    /** The one-click unsubscribe link in every newsletter's List-Unsubscribe header and footer (RFC 8058). */
    UNSUBSCRIBE(Duration.ofDays(400)),
    /**
     * An embargoed advance copy's link to read the statement before it is public: issued with the embargo as its
     * expiry ({@link SignedLink#until}), so the validity here is only the longest an advance copy may precede it.
     */
    PREVIEW(Duration.ofDays(60));

    private final Duration validity;

    LinkPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
