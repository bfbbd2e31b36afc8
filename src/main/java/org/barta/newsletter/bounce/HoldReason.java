package org.barta.newsletter.bounce;

/** Why a report from the bounce mailbox waits for an editor instead of acting at once. */
public enum HoldReason {
    /** It names no VERP address at all: matched only by the address written inside it, which anyone can write. */
    NO_VERP,
    /** It was sent to a VERP address whose tag does not verify. */
    BAD_TAG
}
