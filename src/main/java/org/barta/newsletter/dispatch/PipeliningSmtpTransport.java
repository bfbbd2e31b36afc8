package org.barta.newsletter.dispatch;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus Mail's SMTP transport with command pipelining (RFC 2920) for a send's one-recipient messages: MAIL FROM,
 * RCPT TO and DATA leave in one write and their replies are read together, where Angus Mail, which cannot
 * pipeline, waits for a reply after each. That round trip per command cost a third of the client's and the
 * relay's CPU a message (bench/smtp-pipelining.sh, bench/README.md). Only with a relay that announces PIPELINING;
 * everything else (connecting, STARTTLS, AUTH, the message data, the replies' meaning) stays Angus Mail's.
 * Guarded by {@code PipeliningSmtpTransportTest}.
 */
final class PipeliningSmtpTransport extends SMTPTransport {

    private final Supplier<HeldWrites> output;
    /** The envelope's commands whose replies are still to be read, while one is being pipelined. */
    private final List<String> unanswered = new ArrayList<>(3);
    private boolean pipelining;
    private HeldWrites held;
    private Address[] recipients;

    /** @param output the connection's socket output, where the envelope is held until DATA; null if not ours */
    PipeliningSmtpTransport(Session session, Supplier<HeldWrites> output) {
        super(session, new URLName("smtp", null, -1, null, null, null));
        this.output = output;
    }

    @Override
    public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
        recipients = addresses;
        try {
            super.sendMessage(message, addresses);
        } finally {
            recipients = null;
            if (pipelining) {
                // Failed before DATA went: nothing held reached the relay.
                endPipelining();
                if (held != null) {
                    held.discard();
                }
            }
        }
    }

    @Override
    protected void mailFrom() throws MessagingException {
        // BDAT (mail.smtp.chunksize) sends its commands with the data, past what this class sees.
        if (supportsExtension("PIPELINING") && session.getProperty("mail.smtp.chunksize") == null) {
            pipelining = true;
            unanswered.clear();
            held = output.get();
            if (held != null) {
                held.hold();
            }
        }
        super.mailFrom();
    }

    @Override
    protected void sendCommand(String command) throws MessagingException {
        if (pipelining) {
            unanswered.add(command);
        }
        super.sendCommand(command);
    }

    /**
     * Answers MAIL and RCPT as accepted until DATA is written; then sends the envelope and reads the three replies.
     * A refused DATA is left to Angus Mail; a refused MAIL or RCPT is thrown as Angus Mail would have thrown it.
     */
    @Override
    protected int readServerResponse() throws MessagingException {
        if (!pipelining) {
            return super.readServerResponse();
        }
        if (!"DATA".equals(unanswered.get(unanswered.size() - 1))) {
            return 250;
        }
        List<String> envelope = List.copyOf(unanswered.subList(0, unanswered.size() - 1));
        endPipelining();
        if (held != null) {
            try {
                held.release();
            } catch (IOException e) {
                throw new MessagingException("Can't send command to SMTP host", e);
            }
        }
        MessagingException refused = null;
        for (String command : envelope) {
            int code = super.readServerResponse();
            if (refused == null && (code < 200 || code > 299)) {
                refused = refusal(command, code, getLastServerResponse());
            }
        }
        int data = super.readServerResponse();
        if (refused == null) {
            return data;
        }
        if (data == 354) {
            // The relay took DATA without a valid envelope: RFC 2920 says end the (empty) message with a lone dot.
            super.sendCommand(".");
            super.readServerResponse();
        }
        reset();
        throw refused;
    }

    private void endPipelining() {
        pipelining = false;
        unanswered.clear();
    }

    /** The exception Angus Mail throws for a refused MAIL, or for a refused RCPT (one per message here). */
    private MessagingException refusal(String command, int code, String reply) {
        if (command.startsWith("RCPT")) {
            Address[] recipient = {recipientIn(command)};
            boolean mayLaterSucceed = code >= 400 && code < 500;
            return new SendFailedException("Invalid Addresses",
                    new SMTPAddressFailedException((InternetAddress) recipient[0], command, code, reply), null,
                    mayLaterSucceed ? recipient : null, mayLaterSucceed ? null : recipient);
        }
        return new SMTPSendFailedException(command, code, reply, null, null, recipients, null);
    }

    private InternetAddress recipientIn(String command) {
        for (Address address : recipients) {
            InternetAddress recipient = (InternetAddress) address;
            if (command.contains("<" + recipient.getAddress() + ">")) {
                return recipient;
            }
        }
        return (InternetAddress) recipients[0];
    }

    private void reset() {
        try {
            issueCommand("RSET", -1);
        } catch (MessagingException e) {
            try {
                close();
            } catch (MessagingException closing) {
                // The connection is gone either way; the next message reconnects.
            }
        }
    }
}
