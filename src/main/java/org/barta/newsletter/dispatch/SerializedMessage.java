package org.barta.newsletter.dispatch;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Enumeration;

/**
 * A message written out into bytes once and sent from them. Handed a message part by part, the SMTP data stream
 * is fed one byte at a time by the MIME encoders, each byte passing its dot-stuffing and line-ending filters:
 * that cost more than everything else in a send. Written whole, it filters one array.
 */
final class SerializedMessage extends MimeMessage {

    /** Room for a typical edition (20–40 KB), so the buffer rarely grows while the message is written. */
    private static final int INITIAL_BYTES = 48 * 1024;

    private final byte[] bytes;
    private final String subject;

    private SerializedMessage(MimeMessage message, InternetHeaders headers, byte[] bytes, String subject) {
        super(message.getSession());
        this.headers = headers;
        this.bytes = bytes;
        this.subject = subject;
    }

    /**
     * The message as it will be sent, signature included when it is signed (the signer signs while writing), with
     * its subject as written: the transport asks for it for every message, and decoding it again costs.
     */
    static SerializedMessage of(MimeMessage message, String subject) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(INITIAL_BYTES);
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("Message could not be written", e);
        }
        // The headers stay readable (the transport takes the sender from From when no envelope sender is set).
        InternetHeaders headers = new InternetHeaders();
        for (Enumeration<String> lines = message.getAllHeaderLines(); lines.hasMoreElements(); ) {
            headers.addHeaderLine(lines.nextElement());
        }
        return new SerializedMessage(message, headers, out.toByteArray(), subject);
    }

    /** Written already: saving (Transport.send does) must not give it a new Message-ID or touch its headers. */
    @Override
    protected void updateHeaders() {
        // Nothing to update.
    }

    @Override
    public String getSubject() {
        return subject;
    }

    @Override
    public int getSize() {
        return bytes.length;
    }

    /** The bytes as written; newsletter messages have no Bcc for the transport's ignore list to leave out. */
    @Override
    public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
        os.write(bytes);
    }

    @Override
    public void writeTo(OutputStream os) throws IOException {
        os.write(bytes);
    }
}
