package org.barta.newsletter.edition;

/**
 * Where an edition stands: editors shape a DRAFT, approve it for a time (APPROVED), Quartz starts the send at
 * that time (SENDING, which editors may pause and resume), and it ends SENT or CANCELLED.
 */
public enum EditionState {
    DRAFT, APPROVED, SENDING, PAUSED, SENT, CANCELLED;

    /** Text, items and schedule can change only before the edition is approved. */
    public boolean isEditable() {
        return this == DRAFT;
    }

    /** Nothing more will be sent. */
    public boolean isFinished() {
        return this == SENT || this == CANCELLED;
    }

    /** A send exists (ledger rows) once the edition started sending. */
    public boolean hasSend() {
        return this == SENDING || this == PAUSED || this == SENT || this == CANCELLED;
    }
}
