package org.barta.testing.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
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
 * When the runner answers at the context root the WAR's name gives, the application is deployed and only the
 * connector's reading was early: the runner is added. When nothing answers there, the deployment failed and says so.
 * Guarded by CompleteServletMappingsTest.
 */
public class CompleteServletMappings extends PayaraMicroDeployableContainer {

    static final String TEST_RUNNER = "ArquillianServletRunnerEE9";
    private static final Logger LOG = Logger.getLogger(CompleteServletMappings.class.getName());

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        return complete(super.deploy(archive), archive.getName(), CompleteServletMappings::answers);
    }

    static ProtocolMetaData complete(ProtocolMetaData deployed, String archiveName, Predicate<URI> answers)
            throws DeploymentException {
        for (HTTPContext context : deployed.getContexts(HTTPContext.class)) {
            if (context.getServletByName(TEST_RUNNER) != null) {
                continue;
            }
            String root = contextRoot(archiveName);
            URI application = URI.create("http://" + context.getHost() + ":" + context.getPort() + root
                    + (root.endsWith("/") ? "" : "/"));
            URI runner = application.resolve(TEST_RUNNER);
            if (answers.test(runner)) {
                LOG.warning(() -> "The connector read no " + TEST_RUNNER + " from Payara Micro's start-up output;"
                        + " it answers at " + runner);
                context.add(new Servlet(TEST_RUNNER, root));
            } else if (!answers.test(application)) {
                throw new DeploymentException(archiveName + " is not deployed: nothing answers at " + application
                        + " (Payara Micro's log above says why)");
            }
            // Otherwise a deployment made for tests run as a client: it has no runner to find.
        }
        return deployed;
    }

    /** Anything but 404 (the runner answers a bare GET with an error of its own, the site's root with a redirect). */
    private static boolean answers(URI runner) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(runner).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() != 404;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Payara Micro serves ROOT.war at "/", any other WAR under its name. */
    static String contextRoot(String archiveName) {
        String name = archiveName.endsWith(".war") ? archiveName.substring(0, archiveName.length() - 4) : archiveName;
        return "ROOT".equals(name) ? "/" : "/" + name;
    }
}
