package org.barta.newsletter.dispatch;

/** The ledger could not be read or written (the database is down or restarting); the send waits and tries again. */
public class LedgerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
