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
                abandonEnvelope();
            }
        }
    }

    @Override
    protected void mailFrom() throws MessagingException {
        // One recipient, no success reports, and no BDAT (mail.smtp.chunksize), whose commands go with the data,
        // past what this class sees: what a send's worker does, and all this class is written for.
        if (supportsExtension("PIPELINING") && recipients != null && recipients.length == 1 && !getReportSuccess()
                && session.getProperties().get("mail.smtp.chunksize") == null) {
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
     * Answers MAIL and RCPT as accepted until another command (DATA) is written; then sends the envelope and reads
     * the replies in order. The last command's reply is Angus Mail's to judge (a refused DATA); a refused MAIL or
     * RCPT is thrown as Angus Mail would have thrown it.
     */
    @Override
    protected int readServerResponse() throws MessagingException {
        if (!pipelining) {
            return super.readServerResponse();
        }
        String last = unanswered.get(unanswered.size() - 1);
        if (isEnvelope(last)) {
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
            if (code == -1) {
                // The relay hung up or answered nonsense (Angus Mail has then closed the connection already).
                closeQuietly();
                throw refused != null ? refused : refusal(command, code, getLastServerResponse());
            }
            if (refused == null && !accepted(command, code)) {
                refused = refusal(command, code, getLastServerResponse());
            }
        }
        int reply = super.readServerResponse();
        if (refused == null) {
            return reply;
        }
        if (reply == 354) {
            // The relay took DATA without a valid envelope: RFC 2920 says end the (empty) message with a lone dot.
            super.sendCommand(".");
            super.readServerResponse();
        }
        reset();
        throw refused;
    }

    private static boolean isEnvelope(String command) {
        return command.startsWith("MAIL FROM:") || command.startsWith("RCPT TO:");
    }

    /** As Angus Mail judges them: MAIL wants 250, RCPT any 2xx. */
    private static boolean accepted(String command, int code) {
        return command.startsWith("MAIL FROM:") ? code == 250 : code >= 200 && code <= 299;
    }

    /**
     * Something failed between MAIL and DATA. Part of the envelope may have reached the relay (or, under TLS,
     * been encrypted for it), with replies nobody will read: the connection cannot go on, so it is closed and the
     * next message opens a new one.
     */
    private void abandonEnvelope() {
        endPipelining();
        if (held != null) {
            try {
                held.release();
            } catch (IOException e) {
                // Closing below is what matters.
            }
        }
        closeQuietly();
    }

    private void endPipelining() {
        pipelining = false;
        unanswered.clear();
    }

    /** The exception Angus Mail throws for a refused MAIL, or for a refused RCPT (one per message here). */
    private MessagingException refusal(String command, int code, String reply) {
        if (command.startsWith("RCPT")) {
            Address[] recipient = {recipients[0]};
            // Angus Mail's reading of RCPT replies: 4xx and 552 (over quota) may succeed later, the rest will not.
            boolean mayLaterSucceed = code == 552 || (code >= 400 && code < 500);
            return new SendFailedException("Invalid Addresses",
                    new SMTPAddressFailedException((InternetAddress) recipient[0], command, code, reply), null,
                    mayLaterSucceed ? recipient : null, mayLaterSucceed ? null : recipient);
        }
        return new SMTPSendFailedException(command, code, reply, null, null, recipients, null);
    }

    private void reset() {
        try {
            issueCommand("RSET", -1);
        } catch (MessagingException e) {
            closeQuietly();
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (MessagingException e) {
            // The connection is gone either way; the next message reconnects.
        }
    }
}
