package org.barta.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postfix's {@code smtp-sink} on 127.0.0.1: accepts every message and throws it away, so what is measured is the
 * sender. {@code -c} makes it print running counters ({@code sess=… quit=… mesg=…}); the bytes it read, from
 * {@code /proc/<pid>/io}, tell how large the messages were on the wire.
 */
final class SmtpSink implements AutoCloseable {

    private static final Pattern MESSAGES = Pattern.compile("mesg=(\\d+)");
    private static final Pattern READ_BYTES = Pattern.compile("(?m)^rchar: (\\d+)$");

    private final Process process;
    private final Path output;

    private SmtpSink(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static SmtpSink start(int port, Path output) throws IOException, InterruptedException {
        // As root smtp-sink must drop to another user after binding; Debian's postfix package makes "postfix".
        List<String> command = "root".equals(System.getProperty("user.name"))
                ? List.of("/usr/sbin/smtp-sink", "-u", "postfix", "-c", "127.0.0.1:" + port, "256")
                : List.of("/usr/sbin/smtp-sink", "-c", "127.0.0.1:" + port, "256");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        TimeUnit.MILLISECONDS.sleep(300);
        if (!process.isAlive()) {
            throw new IllegalStateException("smtp-sink did not start: " + Files.readString(output));
        }
        return new SmtpSink(process, output);
    }

    /** Messages received so far (the sink's own counter). */
    long messages() throws IOException {
        Matcher m = MESSAGES.matcher(Files.readString(output, StandardCharsets.US_ASCII));
        long last = 0;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
        }
        return last;
    }

    long pid() {
        return process.pid();
    }

    /** Bytes the sink has read so far, from the kernel; -1 where {@code /proc/<pid>/io} cannot be read. */
    long bytesRead() {
        try {
            Matcher m = READ_BYTES.matcher(Files.readString(Path.of("/proc", String.valueOf(process.pid()), "io")));
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
