package org.barta.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark's figures, a line at a time, written to {@code bench.results} (the script names it) or to
 * {@code bench/results/<name>-<time>.txt}, and printed.
 */
final class BenchReport {

    private final String name;
    private final List<String> lines = new ArrayList<>();

    BenchReport(String name) {
        this.name = name;
    }

    void line(String format, Object... arguments) {
        lines.add(String.format(Locale.ROOT, format, arguments));
    }

    /** Writes what was measured so far (also when the benchmark failed half-way). */
    void write() throws IOException {
        Path results = Path.of(System.getProperty("bench.results", "bench/results/" + name + "-"
                + Instant.now().toString().replaceAll("[-:]|\\.\\d+", "") + ".txt"));
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.write(results, lines, StandardCharsets.UTF_8);
        System.out.println(String.join("\n", lines) + "\nWritten to " + results);
    }
}
