package org.barta.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A Payara Micro of a test's own ({@link OwnServers}) on a loopback port, with the run's database and mail
 * settings plus {@code settings}; its output goes to {@code target/it/<name>-payara.log}.
 */
public final class OwnServer {

    /** Generous: the first start migrates the schema, and CI machines are slow. */
    public static final Duration BOOT = Duration.ofMinutes(4);

    private OwnServer() {
    }

    public static PayaraProcess start(String name, Path war, Map<String, String> settings) throws IOException {
        return start(name, Scratch.freeLoopbackPort(), war, settings);
    }

    public static PayaraProcess start(String name, int port, Path war, Map<String, String> settings)
            throws IOException {
        return PayaraProcess.start(System.getProperty("payara.microJar"), war.toString(),
                System.getProperty("barta.preboot"), dir().resolve(name + "-payara-" + port), port, jvmOptions(),
                settings, log(name));
    }

    /** The JVM options of every test server ({@code barta.it.jvm} in pom.xml: quicker to start). */
    public static List<String> jvmOptions() {
        String options = System.getProperty("barta.it.jvm", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** The WAR {@code mvn package} built. */
    public static Path applicationWar() {
        return Path.of(System.getProperty("barta.it.war", "target/barta.war"));
    }

    public static Path log(String name) {
        return dir().resolve(name + "-payara.log");
    }

    private static Path dir() {
        try {
            return Files.createDirectories(Path.of(System.getProperty("barta.it.dir", "target/it")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
