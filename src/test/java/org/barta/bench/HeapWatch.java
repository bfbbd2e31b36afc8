package org.barta.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payara's heap during a send, two ways: {@code jstat -gc} every two seconds (used heap, garbage not yet
 * collected included, so it climbs to whatever the collector lets it) and the JVM's own GC log (heap left after
 * each collection: what the send really keeps alive).
 */
final class HeapWatch implements AutoCloseable {

    private static final Pattern AFTER_GC = Pattern.compile("Pause .*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final List<String> USED = List.of("S0U", "S1U", "EU", "OU");

    private final Process jstat;
    private final Thread reader;
    private final Path gcLog;
    private final long gcLogStart;
    private volatile double maxUsedMb;
    private volatile int samples;

    private HeapWatch(Process jstat, Path gcLog, long gcLogStart) {
        this.jstat = jstat;
        this.gcLog = gcLog;
        this.gcLogStart = gcLogStart;
        this.reader = new Thread(this::read, "jstat-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts sampling the JVM {@code pid}; only GC log lines written from now on count. */
    static HeapWatch start(long pid, Path gcLog) throws IOException {
        Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                "-gc", String.valueOf(pid), "2000").redirectErrorStream(true).start();
        return new HeapWatch(jstat, gcLog, Files.exists(gcLog) ? Files.size(gcLog) : 0);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                StandardCharsets.US_ASCII))) {
            List<String> header = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> fields = Arrays.asList(line.strip().split("\\s+"));
                if (fields.contains("EU")) {
                    header = fields;
                } else if (header != null && fields.size() == header.size()) {
                    double usedKb = 0;
                    for (String column : USED) {
                        usedKb += Double.parseDouble(fields.get(header.indexOf(column)));
                    }
                    maxUsedMb = Math.max(maxUsedMb, usedKb / 1024);
                    samples++;
                }
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("jstat stopped: " + e.getMessage());
        }
    }

    /** Highest used heap jstat saw, in MB. */
    double maxUsedMb() {
        return maxUsedMb;
    }

    int samples() {
        return samples;
    }

    /** Highest heap left after a collection during the watch, and how many collections there were. */
    GcSummary gcSummary() throws IOException {
        if (!Files.exists(gcLog)) {
            return new GcSummary(0, -1, -1);
        }
        String log = Files.readString(gcLog, StandardCharsets.UTF_8);
        Matcher m = AFTER_GC.matcher(log.substring((int) Math.min(gcLogStart, log.length())));
        int pauses = 0;
        int maxAfter = -1;
        int maxCommitted = -1;
        while (m.find()) {
            pauses++;
            maxAfter = Math.max(maxAfter, Integer.parseInt(m.group(2)));
            maxCommitted = Math.max(maxCommitted, Integer.parseInt(m.group(3)));
        }
        return new GcSummary(pauses, maxAfter, maxCommitted);
    }

    record GcSummary(int pauses, int maxAfterGcMb, int maxCommittedMb) {
    }

    @Override
    public void close() throws InterruptedException {
        jstat.destroy();
        jstat.waitFor();
        reader.join(2_000);
    }
}
