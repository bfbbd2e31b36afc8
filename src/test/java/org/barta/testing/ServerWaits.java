package org.barta.testing;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Waits in tests that run inside Payara: polling in the test's own thread, where the injected services have their
 * context, and without failing on another thread's uncaught exception (Awaitility's default), since every thread
 * of the server is in this JVM and none of them is the test's.
 */
public final class ServerWaits {

    private ServerWaits() {
    }

    public static ConditionFactory await() {
        return Awaitility.await().pollInSameThread().dontCatchUncaughtExceptions();
    }
}
