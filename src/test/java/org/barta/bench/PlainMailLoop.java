package org.barta.bench;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.barta.newsletter.dispatch.NoDelaySocketFactory;

/**
 * The ceiling a send is compared with: a bare Jakarta Mail loop with the same number of threads, each with one
 * connected Transport, sending ready-made messages (copies of real Barta messages, byte for byte) to the same
 * addresses, with nothing else to do: no database, no rendering, no personal links.
 */
final class PlainMailLoop {

    private final String host;
    private final int port;
    private final boolean noDelay;

    /**
     * @param noDelay whether the SMTP socket has TCP_NODELAY set. Jakarta Mail leaves Nagle's algorithm on; the
     *                last small write of a message then waits for the relay's delayed acknowledgement.
     */
    PlainMailLoop(String host, int port, boolean noDelay) {
        this.host = host;
        this.port = port;
        this.noDelay = noDelay;
    }

    /**
     * Sends {@code count} messages over {@code connections} connections, message {@code i} to
     * {@code s<i>@bench.example} using {@code messages.get(i % messages.size())}; returns the seconds from the
     * moment every connection is open until the last message is accepted.
     */
    double run(int connections, long count, List<byte[]> messages) throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch connected = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            Thread thread = new Thread(() -> {
                try {
                    send(next, count, messages, connected, go);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                    connected.countDown();
                }
            }, "plain-mail-" + t);
            thread.start();
            threads.add(thread);
        }
        connected.await();
        long started = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (failure.get() != null) {
            throw failure.get();
        }
        return seconds;
    }

    private void send(AtomicLong next, long count, List<byte[]> raw, CountDownLatch connected, CountDownLatch go)
            throws MessagingException, InterruptedException {
        Session session = Session.getInstance(sessionProperties());
        List<MimeMessage> messages = new ArrayList<>();
        for (byte[] bytes : raw) {
            messages.add(new MimeMessage(session, new ByteArrayInputStream(bytes)));
        }
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            connected.countDown();
            go.await();
            for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                transport.sendMessage(messages.get((int) (i % messages.size())),
                        new Address[] {new InternetAddress("s" + i + "@bench.example")});
            }
        }
    }

    /**
     * The properties Barta's mail session and send workers use (MailSessionProducer, RelayConnection), and the
     * socket; without a write timeout (Barta's workers replace Jakarta Mail's with a watchdog), the fastest loop.
     */
    private Properties sessionProperties() {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "30000");
        props.put("mail.smtp.timeout", "30000");
        props.put("mail.smtp.quitwait", "false");
        if (noDelay) {
            props.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
        }
        return props;
    }
}
