import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What SMTP PIPELINING (RFC 2920) saves a send, measured without Jakarta Mail (which cannot pipeline): raw
 * SMTP to smtp-sink over CONNECTIONS connections, one recipient per message, first one command at a time as Jakarta
 * Mail sends (MAIL, wait, RCPT, wait, DATA, wait, message, wait), then MAIL + RCPT + DATA in one write and their
 * three replies read after it. Run by bench/smtp-pipelining.sh: java bench/SmtpPipelining.java PORT MODE COUNT
 * CONNECTIONS SINK_PID MESSAGE_BYTES.
 */
public final class SmtpPipelining {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        boolean pipelined = args[1].equals("pipelined");
        int count = Integer.parseInt(args[2]);
        int connections = Integer.parseInt(args[3]);
        long sinkPid = Long.parseLong(args[4]);
        byte[] message = message(Integer.parseInt(args[5]));
        send(port, pipelined, count / 4, connections, message);
        long self = ProcessHandle.current().pid();
        double[] before = {cpuSeconds(self), cpuSeconds(sinkPid)};
        long start = System.nanoTime();
        send(port, pipelined, count, connections, message);
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] after = {cpuSeconds(self), cpuSeconds(sinkPid)};
        System.out.printf("%-22s %d messages in %.1f s: %.0f msgs/s; CPU per message: client %.0f us, smtp-sink %.0f us%n",
                pipelined ? "pipelined:" : "one command at a time:", count, seconds, count / seconds,
                (after[0] - before[0]) / count * 1e6, (after[1] - before[1]) / count * 1e6);
    }

    /** A plain-text message of about this size, in 76-character lines, ended by the lone dot. */
    private static byte[] message(int size) {
        StringBuilder text = new StringBuilder("Subject: pipelining\r\nFrom: <bench@bench.example>\r\n\r\n");
        String line = "x".repeat(76) + "\r\n";
        while (text.length() < size) {
            text.append(line);
        }
        return text.append(".\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void send(int port, boolean pipelined, int count, int connections, byte[] message)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            running.add(pool.submit(() -> {
                connection(port, pipelined, count / connections, message);
                return null;
            }));
        }
        for (Future<?> connection : running) {
            connection.get();
        }
        pool.shutdown();
    }

    private static void connection(int port, boolean pipelined, int count, byte[] message) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            expect(in, '2');
            write(out, "EHLO bench.example\r\n");
            expect(in, '2');
            for (int i = 0; i < count; i++) {
                String mail = "MAIL FROM:<bounce+" + i + "@bench.example>\r\n";
                String rcpt = "RCPT TO:<reader" + i + "@bench.example>\r\n";
                if (pipelined) {
                    write(out, mail + rcpt + "DATA\r\n");
                    expect(in, '2');
                    expect(in, '2');
                    expect(in, '3');
                } else {
                    write(out, mail);
                    expect(in, '2');
                    write(out, rcpt);
                    expect(in, '2');
                    write(out, "DATA\r\n");
                    expect(in, '3');
                }
                out.write(message);
                out.flush();
                expect(in, '2');
            }
            write(out, "QUIT\r\n");
        }
    }

    private static void write(OutputStream out, String command) throws IOException {
        out.write(command.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads one reply, continuation lines included, and checks its first digit. */
    private static void expect(BufferedReader in, char digit) throws IOException {
        String line;
        do {
            line = in.readLine();
        } while (line != null && line.length() > 3 && line.charAt(3) == '-');
        if (line == null || line.charAt(0) != digit) {
            throw new IOException("unexpected reply: " + line);
        }
    }

    private static double cpuSeconds(long pid) throws IOException {
        String[] fields = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll(".*\\) ", "").split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }
}
