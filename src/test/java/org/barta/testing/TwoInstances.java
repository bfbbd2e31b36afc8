package org.barta.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two Barta instances on the tests' database, clustered through Payara's Hazelcast and started by the
 * distribution's {@code bin/barta} (target/barta-dist) as in production, behind the distribution's nginx site
 * ({@link NginxSite}) as the https site they are configured for. Only in a network namespace with nothing but
 * loopback (failsafe's "cluster" execution, {@code src/test/netns/bin/java}).
 */
public final class TwoInstances implements AutoCloseable {

    /** In {@code /health/ready}'s JSON, where Payara writes data values as strings. */
    private static final String TWO_MEMBERS = "\"members\"\\s*:\\s*\"?2\"?[,}]";

    private final NginxSite nginx;
    private PayaraProcess first;
    private PayaraProcess second;

    private TwoInstances(NginxSite nginx) {
        this.nginx = nginx;
    }

    /**
     * Starts both and the nginx site in front of them; {@code settings} are environment variables both get on top
     * of the tests' own. Skips the calling test outside a loopback-only namespace (fails there in the cluster
     * execution, which must have one).
     */
    public static TwoInstances start(Map<String, String> settings) throws Exception {
        String why = "Clustered instances run only in failsafe's 'cluster' execution, in a network namespace with "
                + "nothing but loopback";
        if (Boolean.getBoolean("barta.it.cluster")) {
            assertThat(onlyLoopback()).as(why + ": that execution's namespace has more").isTrue();
        }
        assumeTrue(onlyLoopback(), why);
        int firstCluster = Scratch.freeLoopbackPort();
        int secondCluster = Scratch.freeLoopbackPort();
        int firstHttp = Scratch.freeLoopbackPort();
        int secondHttp = Scratch.freeLoopbackPort();
        TwoInstances instances = new TwoInstances(NginxSite.configure(
                Files.createDirectories(OwnServer.log("nginx").resolveSibling("nginx")), List.of(firstHttp, secondHttp)));
        String members = "127.0.0.1:" + firstCluster + ",127.0.0.1:" + secondCluster;
        instances.first = instances.instance("first", firstHttp, firstCluster, members, settings);
        // The second joins the first's cluster rather than forming one of its own at the same moment.
        await("the first instance's cluster port").atMost(OwnServer.BOOT).until(() -> {
            assertThat(instances.first.process().isAlive()).as("the first instance runs (see its log)").isTrue();
            return Scratch.accepts(firstCluster);
        });
        instances.second = instances.instance("second", secondHttp, secondCluster, members, settings);
        instances.first.awaitReady(OwnServer.BOOT);
        instances.second.awaitReady(OwnServer.BOOT);
        for (PayaraProcess instance : instances.both()) {
            await("two members seen by " + instance.base()).atMost(Duration.ofMinutes(1))
                    .untilAsserted(() -> assertThat(readiness(instance)).containsPattern(TWO_MEMBERS));
        }
        instances.nginx.start();
        return instances;
    }

    public PayaraProcess first() {
        return first;
    }

    public PayaraProcess second() {
        return second;
    }

    public List<PayaraProcess> both() {
        return List.of(first, second);
    }

    public NginxSite nginx() {
        return nginx;
    }

    /** The instance's {@code /health/ready} answer. */
    public static String readiness(PayaraProcess instance) throws Exception {
        return new WebClient(URI.create(instance.base())).get("/health/ready").body();
    }

    /** Lines of an instance's log (its name: first or second) that contain {@code text}. */
    public static long logLines(String name, String text) throws IOException {
        return Files.readAllLines(OwnServer.log(name)).stream().filter(line -> line.contains(text)).count();
    }

    @Override
    public void close() throws Exception {
        nginx.close();
        for (PayaraProcess instance : new PayaraProcess[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    /** An instance of the https site nginx serves, as in production (Secure session cookie, HSTS). */
    private PayaraProcess instance(String name, int http, int clusterPort, String members,
            Map<String, String> settings) throws IOException {
        Path work = OwnServer.log(name).resolveSibling(name + "-payara");
        String launcher = Path.of(System.getProperty("barta.dist"), "bin", "barta").toString();
        Map<String, String> environment = new HashMap<>(Map.of(
                "BARTA_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "BARTA_WORK_DIR", work.toAbsolutePath().toString(),
                "BARTA_HTTP_PORT", String.valueOf(http),
                "BARTA_BASE_URL", nginx.httpsBase().toString(),
                "BARTA_TRUSTED_PROXIES", "127.0.0.1",
                "BARTA_CLUSTER_MEMBERS", members,
                "BARTA_CLUSTER_ADDRESS", "127.0.0.1",
                "BARTA_CLUSTER_PORT", String.valueOf(clusterPort),
                "BARTA_JAVA_OPTIONS", String.join(" ", OwnServer.jvmOptions())));
        environment.putAll(settings);
        return PayaraProcess.run(List.of(launcher), http, environment, OwnServer.log(name));
    }

    private static boolean onlyLoopback() throws SocketException {
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (network.isUp() && !network.isLoopback()) {
                return false;
            }
        }
        return true;
    }
}
