package org.barta.newsletter.dispatch;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

/** The ledger could not be read or written (the database is down or restarting); the send waits and tries again. */
public class LedgerException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    LedgerException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * True when the database gave up the transaction over a lock (a deadlock, or a lock wait that timed out)
     * rather than failing: it was rolled back whole and can be run again at once.
     */
    boolean isLockConflict() {
        return getCause() instanceof SQLException e && (e instanceof SQLTransactionRollbackException
                || e.getErrorCode() == DEADLOCK || e.getErrorCode() == LOCK_WAIT_TIMEOUT
                || "40001".equals(e.getSQLState()));
    }
}
