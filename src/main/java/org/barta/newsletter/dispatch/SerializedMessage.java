package org.barta.newsletter.dispatch;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A message as the bytes it is sent as. Handed a message part by part, the SMTP data stream is fed one byte at a
 * time by the MIME encoders, each byte passing its dot-stuffing and line-ending filters ({@code bench/README.md}).
 * Written whole, it filters one array. Its headers stay readable: handed over by the writer of the bytes, or
 * parsed from them (a signed message). Guarded by {@code SerializedMessageTest} and {@code MessageBytesTest}.
 */
final class SerializedMessage extends MimeMessage {

    /** Room for a typical edition (20–40 KB), so the buffer rarely grows while the message is written. */
    private static final int INITIAL_BYTES = 48 * 1024;

    private final byte[] bytes;
    private final String subject;

    /**
     * @param subject the subject as written: the transport asks for it for every message, and decoding it again
     *                costs
     */
    SerializedMessage(Session session, byte[] bytes, String subject) throws MessagingException {
        super(session, new SharedByteArrayInputStream(bytes));
        this.bytes = bytes;
        this.subject = subject;
    }

    /**
     * A message whose writer hands over its header lines and where its body starts: parsing them back from the
     * bytes, line by line, was 12 % of Payara's CPU in a send of short messages (bench/README.md).
     */
    SerializedMessage(Session session, byte[] bytes, InternetHeaders headers, int bodyOffset, String subject) {
        super(session);
        this.headers = headers;
        this.contentStream = new SharedByteArrayInputStream(bytes, bodyOffset, bytes.length - bodyOffset);
        this.modified = false;
        this.bytes = bytes;
        this.subject = subject;
    }

    /** The message as it will be sent, signature included when it is signed (the signer signs while writing). */
    static SerializedMessage of(MimeMessage message, String subject) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(INITIAL_BYTES);
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("Message could not be written", e);
        }
        return new SerializedMessage(message.getSession(), out.toByteArray(), subject);
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
