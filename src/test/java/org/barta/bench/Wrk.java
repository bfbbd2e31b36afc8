package org.barta.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code wrk -t2} against one address on this machine: a warm-up run, then the measured one's requests per second. */
final class Wrk {

    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    /** wrk counts answers other than 2xx and 3xx here: a redirect is a good answer. */
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    /** wrk's latency line with {@code --latency}: average, standard deviation, max (each with its unit). */
    private static final Pattern LATENCY = Pattern.compile(
            "Latency\\s+\\S+\\s+\\S+\\s+([0-9.]+)(us|ms|s|m)\\s");

    private Wrk() {
    }

    /** One measured run: requests per second, the longest response in milliseconds, answers that were not 2xx/3xx. */
    record Measured(double rate, double longestMillis, long failed) {
    }

    /** A wrk run started and not waited for, so that two addresses can be read at the same time. */
    static Process start(URI page, int threads, int connections, int seconds) throws Exception {
        return new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency",
                page.toString()).redirectErrorStream(true).start();
    }

    static Measured result(Process wrk) throws Exception {
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wrk.waitFor()).as("wrk: " + out).isZero();
        Matcher rate = REQUESTS.matcher(out);
        Matcher latency = LATENCY.matcher(out);
        assertThat(rate.find() && latency.find()).as("wrk's answer: " + out).isTrue();
        double longest = Double.parseDouble(latency.group(1)) * switch (latency.group(2)) {
            case "us" -> 0.001;
            case "ms" -> 1;
            case "s" -> 1000;
            default -> 60_000;
        };
        Matcher errors = NON_2XX.matcher(out);
        return new Measured(Double.parseDouble(rate.group(1)), longest,
                errors.find() ? Long.parseLong(errors.group(1)) : 0);
    }

    static double rate(URI page, int connections, int warmupSeconds, int seconds) throws Exception {
        run("wrk", "-t2", "-c" + connections, "-d" + warmupSeconds + "s", page.toString());
        String out = run("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", page.toString());
        Matcher rate = REQUESTS.matcher(out);
        assertThat(rate.find()).as("wrk's answer: " + out).isTrue();
        Matcher errors = NON_2XX.matcher(out);
        assertThat(errors.find() ? Long.parseLong(errors.group(1)) : 0).as("failed answers: " + out).isZero();
        return Double.parseDouble(rate.group(1));
    }

    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
