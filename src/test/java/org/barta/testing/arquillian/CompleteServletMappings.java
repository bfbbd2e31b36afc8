package org.barta.testing.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara's Micro connector, with one race of its own closed. It decides that Payara Micro has started as soon as the
 * "Https Port(s)" line of the instance configuration is in its buffer, then reads the deployed servlets from the rest
 * of that buffer: when the console reader had not yet appended the "Deployed" block, it finds none, and every test
 * of the class fails with "ArquillianServletRunnerEE9 not found" (seen on CI for a whole class, passing on a rerun).
 * The application is deployed by then; only the connector's reading was early. The archives we deploy are WARs at a
 * context root their name gives, which is all the test runner's address needs. Guarded by CompleteServletMappingsTest.
 */
public class CompleteServletMappings extends PayaraMicroDeployableContainer {

    static final String TEST_RUNNER = "ArquillianServletRunnerEE9";
    private static final Logger LOG = Logger.getLogger(CompleteServletMappings.class.getName());

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        return complete(super.deploy(archive), archive.getName());
    }

    static ProtocolMetaData complete(ProtocolMetaData deployed, String archiveName) {
        for (HTTPContext context : deployed.getContexts(HTTPContext.class)) {
            if (context.getServletByName(TEST_RUNNER) == null) {
                String root = contextRoot(archiveName);
                LOG.warning(() -> "The connector read no " + TEST_RUNNER + " from Payara Micro's start-up output; it is"
                        + " at " + root + " of " + context.getHost() + ":" + context.getPort());
                context.add(new Servlet(TEST_RUNNER, root));
            }
        }
        return deployed;
    }

    /** Payara Micro serves ROOT.war at "/", any other WAR under its name. */
    static String contextRoot(String archiveName) {
        String name = archiveName.endsWith(".war") ? archiveName.substring(0, archiveName.length() - 4) : archiveName;
        return "ROOT".equals(name) ? "/" : "/" + name;
    }
}
