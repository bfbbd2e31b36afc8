package org.barta.testing.arquillian;

import java.util.Set;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for all test classes that deploy the application: the connector would start a new one for every
 * test class, and those boots took much of the suite's time. The first deployment starts
 * it with {@link SuiteDeployment}'s WAR; later ones reuse it when that WAR holds everything they would have
 * deployed, and deploy once more with both otherwise. It stops at the end of the run, or before a test class
 * that runs servers of its own ({@code OwnServers}), since two instances would share the send ledger and the
 * scheduler's database.
 */
public class SharedApplicationServer extends CompleteServletMappings {

    private static final Logger LOG = Logger.getLogger(SharedApplicationServer.class.getName());
    private static SharedApplicationServer running;

    private Archive<?> deployed;
    private ProtocolMetaData metaData;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (metaData != null) {
            Set<String> missing = SuiteDeployment.missingFrom(deployed, archive);
            if (missing.isEmpty()) {
                return metaData;
            }
            // A class run in the server after classes run as clients only: Arquillian's runner comes with it.
            LOG.info(() -> "Deploying again with what the shared deployment lacked: " + missing);
            Archive<?> suite = deployed.merge(archive);
            stopProcess();
            return start(suite);
        }
        return start(SuiteDeployment.around(archive));
    }

    private ProtocolMetaData start(Archive<?> suite) throws DeploymentException {
        metaData = super.deploy(suite);
        deployed = suite;
        register(this);
        return metaData;
    }

    /** The server stays up for the next test class; {@link #stop()} or {@link #stopShared()} end it. */
    @Override
    public void undeploy(Archive<?> archive) {
        LOG.fine(() -> "Kept deployed for the next test class: " + archive.getName());
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        if (metaData == null) {
            return;
        }
        try {
            stopProcess();
        } catch (DeploymentException e) {
            throw new LifecycleException("Payara Micro did not stop", e);
        }
    }

    private void stopProcess() throws DeploymentException {
        try {
            super.undeploy(deployed);
        } finally {
            metaData = null;
            deployed = null;
            register(null);
        }
    }

    /** Stops the shared server if one runs; the next test class that deploys starts it again. */
    public static void stopShared() throws LifecycleException {
        SharedApplicationServer server;
        synchronized (SharedApplicationServer.class) {
            server = running;
        }
        if (server != null) {
            server.stop();
        }
    }

    private static synchronized void register(SharedApplicationServer server) {
        running = server;
    }
}
