package org.barta.newsletter.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A ledger transaction lost to a deadlock or lock wait runs again at once, a bounded number of times; others not. */
class LockConflictRetryTest {

    private static final LedgerException DEADLOCK = new LedgerException("claim", new SQLTransactionRollbackException(
            "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    private static final LedgerException LOCK_WAIT = new LedgerException("record",
            new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));
    private static final LedgerException DOWN = new LedgerException("claim",
            new SQLException("Communications link failure", "08S01", 0));

    private final LockConflictRetry retry = new LockConflictRetry();

    @Test
    void aDeadlockOrLockWaitIsRetriedAtOnceAndCounted() {
        AtomicInteger calls = new AtomicInteger();
        String result = retry.run(7, "claiming", () -> {
            switch (calls.incrementAndGet()) {
                case 1 -> throw DEADLOCK;
                case 2 -> throw LOCK_WAIT;
                default -> {
                    return "claimed";
                }
            }
        });
        assertThat(result).isEqualTo("claimed");
        assertThat(calls).hasValue(3);
        assertThat(retry.count()).isEqualTo(2);
    }

    @Test
    void aConflictThatKeepsComingBackReachesTheCaller() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retry.run(7, "claiming", () -> {
            calls.incrementAndGet();
            throw DEADLOCK;
        })).isSameAs(DEADLOCK);
        assertThat(calls).hasValue(LockConflictRetry.ATTEMPTS);
    }

    @Test
    void aDatabaseThatIsDownIsNotRetriedHere() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retry.run(7, "recording", () -> {
            calls.incrementAndGet();
            throw DOWN;
        })).isSameAs(DOWN);
        assertThat(calls).hasValue(1);
        assertThat(retry.count()).isZero();
    }
}
