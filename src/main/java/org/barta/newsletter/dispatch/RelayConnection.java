package org.barta.newsletter.dispatch;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One worker's SMTP connection, opened once and reused for every message until the relay drops it. Each worker
 * has its own mail session, so the per-message envelope sender (VERP) can be set on it without locking.
 * A message that is still being sent after the write timeout is aborted by {@link #abortIfStalled}, called by a
 * watchdog: Jakarta Mail's own write timeout schedules a timer task for every buffered write, where one check a
 * second per connection does the same job ({@code bench/README.md}). Guarded by {@code RelayConnectionTest}.
 * The envelope is pipelined where the relay allows it ({@link PipeliningSmtpTransport}).
 */
final class RelayConnection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayConnection.class.getName());
    private static final String WRITE_TIMEOUT = "mail.smtp.writetimeout";
    private static final long DEFAULT_TIMEOUT_MILLIS = 60_000;

    private final Session session;
    private final Relay relay;
    private final NoDelaySocketFactory sockets = new NoDelaySocketFactory();
    private final long timeoutNanos;
    /** System.nanoTime() when the message now being sent started; 0 between messages. */
    private volatile long sendingSince;
    private PipeliningSmtpTransport transport;

    RelayConnection(Relay relay, Properties base, jakarta.mail.Authenticator authenticator) {
        this.relay = relay;
        Properties props = new Properties();
        props.putAll(base);
        props.put("mail.smtp.host", relay.host());
        props.put("mail.smtp.port", String.valueOf(relay.port()));
        // Closing must not wait for the relay's goodbye when a worker stops.
        props.put("mail.smtp.quitwait", "false");
        // Without TCP_NODELAY each message's last write waits for the relay's delayed ACK (see NoDelaySocketFactory).
        props.put("mail.smtp.socketFactory", sockets);
        Object timeout = props.remove(WRITE_TIMEOUT);
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeout == null ? DEFAULT_TIMEOUT_MILLIS
                : Long.parseLong(timeout.toString().strip()));
        this.session = Session.getInstance(props, authenticator);
    }

    Session session() {
        return session;
    }

    Relay relay() {
        return relay;
    }

    /** Connects if not connected; throws when the relay cannot be reached. */
    void ensureOpen() throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            closeQuietly();
            transport = new PipeliningSmtpTransport(session, sockets::lastOutput);
            transport.connect();
        }
    }

    /** Sends to the one recipient with this envelope sender; returns the relay's reply. */
    String send(MimeMessage message, Address recipient, String envelopeSender) throws MessagingException {
        if (envelopeSender == null) {
            session.getProperties().remove("mail.smtp.from");
        } else {
            session.getProperties().setProperty("mail.smtp.from", envelopeSender);
        }
        sendingSince = System.nanoTime();
        try {
            transport.sendMessage(message, new Address[] {recipient});
        } finally {
            sendingSince = 0;
        }
        String reply = transport.getLastServerResponse();
        return reply == null ? "250" : reply.strip();
    }

    /** Closes the socket under a message that has been sending for longer than the write timeout. */
    void abortIfStalled(long nowNanos) {
        long since = sendingSince;
        if (since != 0 && nowNanos - since > timeoutNanos) {
            LOG.warning(() -> "SMTP relay " + relay + " took more than "
                    + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms over one message; connection closed");
            sockets.closeLast();
        }
    }

    boolean isOpen() {
        return transport != null && transport.isConnected();
    }

    void closeQuietly() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.fine(() -> "Closing the SMTP connection failed: " + e.getMessage());
            }
            transport = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
