package org.barta.newsletter.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.barta.testing.Scratch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A send's SMTP conversation with a relay on loopback that checks the order of commands and replies: the envelope
 * pipelined when the relay announces PIPELINING (the relay answers nothing before DATA has arrived, so a client
 * that waits would time out), refusals meaning what they mean without pipelining, and one command at a time when
 * the relay does not announce it.
 */
@Timeout(60)
class PipeliningSmtpTransportTest {

    private static final String SENDER = "bounce+1@barta.example.org";

    @Test
    void theEnvelopeLeavesInOneWriteAndItsRepliesAreReadAfterDataWasSent() throws Exception {
        try (ScriptedRelay relay = new ScriptedRelay(true, Map.of())) {
            RelayConnection connection = relay.connect();

            String reply = connection.send(message("First"), new InternetAddress("rahima@example.net"), SENDER);
            String second = connection.send(message("Second"), new InternetAddress("karim@example.net"), SENDER);
            connection.close();

            assertThat(reply).isEqualTo("250 2.0.0 Ok: queued as 1");
            assertThat(second).isEqualTo("250 2.0.0 Ok: queued as 2");
            List<String> log = relay.transcript();
            assertThat(log).containsSubsequence(
                    "C: MAIL FROM:<" + SENDER + "> | RCPT TO:<rahima@example.net> | DATA",
                    "S: 250 2.1.0 Ok", "S: 250 2.1.5 Ok", "S: 354 End data with <CR><LF>.<CR><LF>",
                    "message: Subject: First",
                    "S: 250 2.0.0 Ok: queued as 1",
                    "C: MAIL FROM:<" + SENDER + "> | RCPT TO:<karim@example.net> | DATA",
                    "message: Subject: Second");
            assertThat(log).noneMatch(line -> line.startsWith("split:") || line.startsWith("relay failed"));
        }
    }

    /** Under STARTTLS the envelope is held as TLS records, below the encryption: they must leave whole and in order. */
    @Test
    void theEnvelopeIsPipelinedOverStartTls(@TempDir Path dir) throws Exception {
        try (ScriptedRelay relay = new ScriptedRelay(true, Map.of(), RelayCertificate.make(dir))) {
            RelayConnection connection = relay.connect();

            String reply = connection.send(message("Sealed"), new InternetAddress("rahima@example.net"), SENDER);
            String second = connection.send(message("Sealed again"), new InternetAddress("karim@example.net"),
                    SENDER);
            connection.close();

            assertThat(reply).isEqualTo("250 2.0.0 Ok: queued as 1");
            assertThat(second).isEqualTo("250 2.0.0 Ok: queued as 2");
            assertThat(relay.transcript()).containsSubsequence("C: STARTTLS", "C: EHLO barta.example.org",
                    "C: MAIL FROM:<" + SENDER + "> | RCPT TO:<rahima@example.net> | DATA", "S: 250 2.1.0 Ok",
                    "S: 250 2.1.5 Ok", "message: Subject: Sealed", "message: Subject: Sealed again")
                    .noneMatch(line -> line.startsWith("relay failed"));
        }
    }

    @Test
    void aRefusedRecipientIsAPermanentFailureAndTheNextMessageGoesOnTheSameConnection() throws Exception {
        Map<String, String> refusals = Map.of(
                "RCPT TO:<gone@example.net>", "550 5.1.1 <gone@example.net>: User unknown",
                "DATA after refusal", "554 5.5.1 Error: no valid recipients");
        try (ScriptedRelay relay = new ScriptedRelay(true, refusals)) {
            RefusedThenNext sent = refusedThenNext(relay, "gone@example.net", SENDER);

            assertThat(SmtpReplies.classify(sent.refused())).isEqualTo(SmtpReplies.Meaning.PERMANENT);
            assertThat(SmtpReplies.describe(sent.refused()))
                    .startsWith("550 5.1.1 <gone@example.net>: User unknown");
            assertThat(sent.next()).isEqualTo("250 2.0.0 Ok: queued as 1");
            assertThat(relay.transcript()).containsSubsequence(
                    "S: 550 5.1.1 <gone@example.net>: User unknown", "S: 554 5.5.1 Error: no valid recipients",
                    "C: RSET", "S: 250 2.0.0 Ok", "C: MAIL FROM:<" + SENDER + "> | RCPT TO:<karim@example.net> | DATA",
                    "message: Subject: Next");
            assertThat(relay.transcript()).noneMatch(line -> line.equals("message: Subject: Refused"));
        }
    }

    @Test
    void aRelayThatTakesDataAfterARefusedRecipientGetsAnEmptyMessageEndedAndNoContent() throws Exception {
        Map<String, String> refusals = Map.of("RCPT TO:<gone@example.net>", "550 5.1.1 User unknown",
                "DATA after refusal", "354 go ahead");
        try (ScriptedRelay relay = new ScriptedRelay(true, refusals)) {
            RefusedThenNext sent = refusedThenNext(relay, "gone@example.net", SENDER);

            assertThat(SmtpReplies.classify(sent.refused())).isEqualTo(SmtpReplies.Meaning.PERMANENT);
            assertThat(sent.next()).startsWith("250");
            assertThat(relay.transcript()).containsSubsequence("S: 354 go ahead", "message: (empty)",
                    "C: RSET", "message: Subject: Next");
        }
    }

    @Test
    void aSenderRefusedForNowIsATemporaryFailure() throws Exception {
        Map<String, String> refusals = Map.of("MAIL FROM:<" + SENDER + ">", "451 4.3.0 Try again later",
                "RCPT TO:<rahima@example.net>", "503 5.5.1 Error: need MAIL command",
                "DATA after refusal", "503 5.5.1 Error: need RCPT command");
        try (ScriptedRelay relay = new ScriptedRelay(true, refusals)) {
            RefusedThenNext sent = refusedThenNext(relay, "rahima@example.net", "bounce+2@barta.example.org");

            assertThat(SmtpReplies.classify(sent.refused())).isEqualTo(SmtpReplies.Meaning.TEMPORARY);
            assertThat(SmtpReplies.describe(sent.refused())).startsWith("451 4.3.0 Try again later");
            assertThat(sent.next()).startsWith("250");
            assertThat(relay.transcript()).containsSubsequence("S: 451 4.3.0 Try again later", "C: RSET",
                    "message: Subject: Next");
        }
    }

    @Test
    void aMessageRefusedAtDataAfterAGoodEnvelopeIsAPermanentFailure() throws Exception {
        try (ScriptedRelay relay = new ScriptedRelay(true, Map.of("DATA", "554 5.7.1 Rejected by policy"))) {
            RelayConnection connection = relay.connect();

            MessagingException refused = catchThrowableOfType(MessagingException.class,
                    () -> connection.send(message("Refused"), new InternetAddress("rahima@example.net"), SENDER));
            connection.close();

            assertThat(SmtpReplies.classify(refused)).isEqualTo(SmtpReplies.Meaning.PERMANENT);
            assertThat(SmtpReplies.describe(refused)).startsWith("554 5.7.1 Rejected by policy");
            assertThat(relay.transcript()).containsSubsequence("S: 554 5.7.1 Rejected by policy", "C: RSET")
                    .noneMatch(line -> line.startsWith("message:"));
        }
    }

    @Test
    void aRelayAnsweringNonsenseIsAConnectionFailureAndTheConnectionIsClosed() throws Exception {
        try (ScriptedRelay relay = new ScriptedRelay(true, Map.of("MAIL FROM:<" + SENDER + ">", "what?"))) {
            RelayConnection connection = relay.connect();

            MessagingException failed = catchThrowableOfType(MessagingException.class,
                    () -> connection.send(message("Lost"), new InternetAddress("rahima@example.net"), SENDER));

            assertThat(SmtpReplies.classify(failed)).isEqualTo(SmtpReplies.Meaning.CONNECTION);
            assertThat(connection.isOpen()).isFalse();
            assertThat(relay.transcript()).noneMatch(line -> line.startsWith("message:"));
        }
    }

    /** What went out of the envelope has replies nobody will read (under TLS, records already counted). */
    @Test
    void anEnvelopeThatFailsBeforeDataClosesTheConnection() throws Exception {
        try (ScriptedRelay relay = new ScriptedRelay(true, Map.of())) {
            RelayConnection connection = relay.connect();
            InternetAddress broken = new InternetAddress();
            broken.setAddress("rahima@example.net\r\nRSET");

            MessagingException failed = catchThrowableOfType(MessagingException.class,
                    () -> connection.send(message("Broken"), broken, SENDER));

            assertThat(failed).isNotNull();
            assertThat(connection.isOpen()).isFalse();
            assertThat(relay.transcript()).containsSubsequence("C: QUIT")
                    .noneMatch(line -> line.startsWith("message:") || line.equals("C: RSET"));
        }
    }

    @Test
    void aRelayWithoutPipeliningGetsOneCommandAtATime() throws Exception {
        try (ScriptedRelay relay = new ScriptedRelay(false, Map.of())) {
            RelayConnection connection = relay.connect();

            String reply = connection.send(message("Plain"), new InternetAddress("rahima@example.net"), SENDER);
            connection.close();

            assertThat(reply).isEqualTo("250 2.0.0 Ok: queued as 1");
            assertThat(relay.transcript()).containsSubsequence("C: MAIL FROM:<" + SENDER + ">", "S: 250 2.1.0 Ok",
                    "C: RCPT TO:<rahima@example.net>", "S: 250 2.1.5 Ok", "C: DATA",
                    "S: 354 End data with <CR><LF>.<CR><LF>", "message: Subject: Plain");
            assertThat(relay.transcript()).noneMatch(line -> line.startsWith("early:"));
        }
    }

    /** A message the relay refuses (subject "Refused", from SENDER), then one to karim on the same connection. */
    private static RefusedThenNext refusedThenNext(ScriptedRelay relay, String refusedTo, String nextSender)
            throws Exception {
        RelayConnection connection = relay.connect();
        MessagingException refused = catchThrowableOfType(MessagingException.class,
                () -> connection.send(message("Refused"), new InternetAddress(refusedTo), SENDER));
        String next = connection.send(message("Next"), new InternetAddress("karim@example.net"), nextSender);
        connection.close();
        return new RefusedThenNext(refused, next);
    }

    private record RefusedThenNext(MessagingException refused, String next) {
    }

    private static MimeMessage message(String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("newsletter@barta.example.org"));
        message.setSubject(subject);
        message.setText("Body of " + subject);
        message.saveChanges();
        return SerializedMessage.of(message, subject);
    }

    /**
     * One SMTP connection served on loopback. Lines the client sent together (read from one buffer fill) are
     * logged as one "C:" entry joined by " | ". With pipelining announced, it answers the envelope only once DATA
     * has arrived, and logs "split:" when the envelope did not arrive in one piece (over plain TCP: TLS records are
     * decrypted one at a time); without, it logs "early:" for any command sent before the previous one was
     * answered. With a TLS context it offers STARTTLS.
     */
    private static final class ScriptedRelay implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final boolean pipelining;
        private final Map<String, String> refusals;
        private final List<String> transcript = new ArrayList<>();
        private final SSLContext tls;
        private final CompletableFuture<Void> serving;

        ScriptedRelay(boolean pipelining, Map<String, String> refusals) throws IOException {
            this(pipelining, refusals, null);
        }

        /** @param tls offers STARTTLS with this context when not null */
        ScriptedRelay(boolean pipelining, Map<String, String> refusals, SSLContext tls) throws IOException {
            this.pipelining = pipelining;
            this.refusals = refusals;
            this.tls = tls;
            this.serving = CompletableFuture.runAsync(this::serve);
        }

        RelayConnection connect() throws MessagingException {
            Properties base = new Properties();
            base.put("mail.smtp.timeout", "5000");
            base.put("mail.smtp.localhost", "barta.example.org");
            if (tls != null) {
                base.put("mail.smtp.starttls.enable", "true");
                base.put("mail.smtp.starttls.required", "true");
                base.put("mail.smtp.ssl.trust", "127.0.0.1");
            }
            RelayConnection connection = new RelayConnection(new Relay("127.0.0.1", server.getLocalPort()), base,
                    null);
            connection.ensureOpen();
            return connection;
        }

        List<String> transcript() throws Exception {
            serving.get(10, TimeUnit.SECONDS);
            synchronized (transcript) {
                return List.copyOf(transcript);
            }
        }

        private void serve() {
            try (Socket client = server.accept()) {
                client.setSoTimeout(10_000);
                Socket socket = client;
                OutputStream out = socket.getOutputStream();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII));
                send(out, List.of("220 relay.example ESMTP"));
                int queued = 0;
                List<String> together = new ArrayList<>();
                List<String> replies = new ArrayList<>();
                boolean refusedEnvelope = false;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    together.add(line);
                    if (!pipelining && in.ready()) {
                        log("early: " + in.readLine());
                    }
                    String reply;
                    if (line.startsWith("EHLO")) {
                        String startTls = tls != null && socket == client ? "250-STARTTLS\r\n" : "";
                        reply = "250-relay.example\r\n" + startTls + (pipelining ? "250-PIPELINING\r\n" : "")
                                + "250 8BITMIME";
                    } else if (line.equals("STARTTLS") && tls != null) {
                        log("C: STARTTLS");
                        together.clear();
                        send(out, List.of("220 2.0.0 Ready to start TLS"));
                        SSLSocket sealed = (SSLSocket) tls.getSocketFactory().createSocket(client,
                                "127.0.0.1", client.getPort(), true);
                        sealed.setUseClientMode(false);
                        sealed.startHandshake();
                        socket = sealed;
                        out = sealed.getOutputStream();
                        in = new BufferedReader(new InputStreamReader(sealed.getInputStream(),
                                StandardCharsets.US_ASCII));
                        continue;
                    } else if (line.startsWith("MAIL") || line.startsWith("RCPT")) {
                        String refusal = refusals.get(line);
                        refusedEnvelope |= refusal != null && !refusal.startsWith("2");
                        reply = refusal != null ? refusal : line.startsWith("MAIL") ? "250 2.1.0 Ok" : "250 2.1.5 Ok";
                    } else if (line.equals("DATA")) {
                        reply = refusedEnvelope
                                ? refusals.getOrDefault("DATA after refusal", "554 5.5.1 Error: no valid recipients")
                                : refusals.getOrDefault("DATA", "354 End data with <CR><LF>.<CR><LF>");
                    } else if (line.equals("RSET")) {
                        refusedEnvelope = false;
                        reply = "250 2.0.0 Ok";
                    } else if (line.equals("QUIT")) {
                        log("C: QUIT");
                        return;
                    } else {
                        reply = "502 5.5.2 Error: command not recognized";
                    }
                    replies.add(reply);
                    boolean holdReplies = pipelining && (line.startsWith("MAIL") || line.startsWith("RCPT"));
                    if (holdReplies) {
                        if (socket == client && !in.ready()) {
                            log("split: the rest of the envelope was not sent with " + line);
                        }
                        continue;
                    }
                    log("C: " + String.join(" | ", together));
                    together.clear();
                    send(out, replies);
                    replies.clear();
                    if (reply.startsWith("354")) {
                        String content = readContent(in);
                        log("message: " + content);
                        if (!refusedEnvelope) {
                            queued++;
                            send(out, List.of("250 2.0.0 Ok: queued as " + queued));
                        } else {
                            send(out, List.of("554 5.5.1 Error: no valid recipients"));
                        }
                    }
                }
            } catch (IOException e) {
                log("relay failed: " + e);
            }
        }

        /** The message's subject line, or "(empty)" for a message ended at once. */
        private String readContent(BufferedReader in) throws IOException {
            String subject = "(empty)";
            for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
                if (line.startsWith("Subject:")) {
                    subject = line;
                }
            }
            return subject;
        }

        private void send(OutputStream out, List<String> replies) throws IOException {
            for (String reply : replies) {
                for (String line : reply.split("\r\n")) {
                    if (!line.startsWith("250-") && !line.startsWith("220")) {
                        log("S: " + line);
                    }
                }
                out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        }

        private void log(String entry) {
            synchronized (transcript) {
                transcript.add(entry);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    /** A self-signed certificate for 127.0.0.1 made by openssl, as the relay's TLS context. */
    private static final class RelayCertificate {

        static SSLContext make(Path dir) throws Exception {
            Scratch.runProgram(dir, "Debian: apt-get install openssl; .ci/run does", "openssl", "req", "-x509",
                    "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", "key.pem", "-out", "cert.pem");
            String pem = Files.readString(dir.resolve("key.pem")).replaceAll("-----[A-Z ]+-----|\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            Certificate certificate;
            try (InputStream in = Files.newInputStream(dir.resolve("cert.pem"))) {
                certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
            }
            char[] password = "relay".toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("relay", key, password, new Certificate[] {certificate});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        }
    }
}
