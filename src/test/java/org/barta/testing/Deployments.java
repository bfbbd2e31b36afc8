package org.barta.testing;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that {@code mvn package} built, deployed at the root context exactly as in production. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("barta.it.war", "target/barta.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The application plus what in-container tests need: AssertJ, Awaitility (with the Hamcrest it is built on) and
     * its {@link ServerWaits}, the account helper, the newsletter-membership seeding helper, {@link ServerSql}, and
     * the HTTP helper that test classes mixing in-container and client methods refer to.
     */
    public static WebArchive applicationWithTestLibraries() {
        return application().addAsLibraries(jarOf(Assertions.class), jarOf(Awaitility.class), jarOf(Matcher.class))
                .addClasses(WebClient.class, TestActors.class, ServerWaits.class, NewsletterMembers.class,
                        ServerSql.class);
    }

    /**
     * The application plus {@link ProofAgeing}, which lets client tests date a session's last proof of identity
     * back; written to {@code target/it/} for tests that start Payara Micro as a process.
     */
    public static WebArchive applicationWithProofAgeing() {
        return application().addClass(ProofAgeing.class);
    }

    public static Path exportedWithProofAgeing() {
        Path war = Path.of(System.getProperty("barta.it.dir", "target/it"), "barta-proof-ageing.war");
        applicationWithProofAgeing().as(ZipExporter.class).exportTo(war.toFile(), true);
        return war;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
