package org.barta.testing;

import org.barta.testing.arquillian.SharedApplicationServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Stops the shared Payara Micro before an {@link OwnServers} class. */
class StopSharedServer implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        SharedApplicationServer.stopShared();
    }
}
