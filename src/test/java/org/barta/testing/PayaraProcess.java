package org.barta.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro with the Barta WAR as a child process on 127.0.0.1, for the run profile and for tests that must
 * kill the server for real. Settings reach it as environment variables.
 */
public final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final String base;

    private PayaraProcess(Process process, int port) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
    }

    /** Starts Payara Micro; {@code log} is where its output goes ({@code null}: this console). */
    public static PayaraProcess start(String payaraJar, String war, String preboot, Path rootDir, int port,
                                      Map<String, String> environment, Path log) throws IOException {
        return start(payaraJar, war, preboot, rootDir, port, List.of(), environment, log);
    }

    /** As above, with options for Payara's JVM (heap size, GC log) before {@code -jar}. */
    public static PayaraProcess start(String payaraJar, String war, String preboot, Path rootDir, int port,
                                      List<String> jvmOptions, Map<String, String> environment, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar", payaraJar,
                "--deploy", war,
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--nohazelcast", "--disablephonehome",
                "--prebootcommandfile", preboot,
                "--rootdir", rootDir.toString()));
        return run(command, port, environment, log);
    }

    /** Runs {@code command}, which starts Payara Micro with Barta on {@code port} (bin/barta, for instance). */
    public static PayaraProcess run(List<String> command, int port, Map<String, String> environment, Path log)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        builder.environment().putAll(environment);
        return new PayaraProcess(builder.start(), port);
    }

    /** Waits until {@code /health/ready} answers 200. */
    public PayaraProcess awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/health/ready")).build();
        // Connections are refused while Payara is still starting.
        await("Barta ready at " + base).atMost(timeout).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Payara Micro exited during start-up (see its log)");
                    }
                    return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
        return this;
    }

    public String base() {
        return base;
    }

    public Process process() {
        return process;
    }

    /** SIGKILL: the server gets no chance to finish anything, as when a machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A normal shutdown, forced after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
