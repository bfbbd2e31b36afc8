package org.barta.newsletter.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.net.SocketException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RelayConnectionTest {

    private static final long TIMEOUT_MILLIS = 500;

    /** A relay that answers until DATA, then never reads again: writes block once 16 MB fill the buffers. */
    @Test
    @Timeout(60)
    void aMessageStuckWritingToARelayThatStoppedReadingIsAbortedByTheWatchdog() throws Exception {
        CountDownLatch dataAccepted = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> relay = CompletableFuture.runAsync(() -> stallAfterData(server, dataAccepted));
            Properties base = new Properties();
            base.put("mail.smtp.timeout", "30000");
            base.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
            RelayConnection connection = new RelayConnection(new Relay("127.0.0.1", server.getLocalPort()), base,
                    null);
            connection.ensureOpen();
            MimeMessage huge = new MimeMessage(Session.getInstance(new Properties()));
            huge.setFrom(new InternetAddress("newsletter@barta.example.org"));
            huge.setText("x".repeat(16 * 1024 * 1024));
            huge.saveChanges();

            CompletableFuture<Void> send = CompletableFuture.runAsync(() -> {
                try {
                    connection.send(SerializedMessage.of(huge, null), new InternetAddress("rahima@example.net"),
                            "bounce@barta.example.org");
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
            dataAccepted.await();
            connection.abortIfStalled(System.nanoTime());
            await("within the timeout the message is left alone").during(Duration.ofMillis(TIMEOUT_MILLIS / 2))
                    .atMost(Duration.ofMillis(TIMEOUT_MILLIS)).until(() -> !send.isDone());

            // The watchdog's next look, as if the timeout had passed.
            connection.abortIfStalled(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS));

            assertThatThrownBy(() -> send.get(10, TimeUnit.SECONDS)).hasRootCauseInstanceOf(SocketException.class);
            assertThat(connection.isOpen()).isFalse();
            connection.close();
            relay.cancel(true);
        }
    }

    private static void stallAfterData(ServerSocket server, CountDownLatch dataAccepted) {
        try (Socket client = server.accept()) {
            OutputStream out = client.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.US_ASCII));
            reply(out, "220 relay.example ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("EHLO")) {
                    reply(out, "250 relay.example");
                } else if (line.startsWith("DATA")) {
                    reply(out, "354 go ahead");
                    dataAccepted.countDown();
                    Thread.sleep(60_000);
                    return;
                } else {
                    reply(out, "250 ok");
                }
            }
        } catch (Exception e) {
            // The test closes the connection under the relay; nothing more to serve.
        }
    }

    private static void reply(OutputStream out, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
