package org.barta.newsletter.dispatch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One message written straight into the bytes that go on the wire: header lines whose values are already
 * encoded (by Jakarta Mail's address, date and word encoders) and a multipart/alternative body of parts that
 * are encoded already. Building the same message as MimeMessage, MimeMultipart and two MimeBodyParts makes and
 * searches header tables for every recipient ({@code bench/README.md}). Guarded by {@code MessageBytesTest} (a
 * mail reader reads what it writes) and, end to end, {@code NewsletterSendIT}.
 */
final class MessageBytes {

    private static final byte[] CRLF = {'\r', '\n'};

    private final ByteArrayOutputStream out;

    MessageBytes(int expectedSize) {
        out = new ByteArrayOutputStream(expectedSize);
    }

    /** Adds a header line; the value must be encoded and folded already, and hold no bare line break. */
    MessageBytes header(String name, String value) {
        String unfolded = value.replace("\r\n\t", "").replace("\r\n ", "");
        if (unfolded.indexOf('\r') >= 0 || unfolded.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("Header " + name + " would break the message: " + value);
        }
        ascii(name + ": " + value);
        out.writeBytes(CRLF);
        return this;
    }

    /**
     * Ends the headers with a multipart/alternative body of these complete parts (each its own header lines, a
     * blank line and encoded content, as {@link PreEncodedPart#personal} writes them), laid out as MimeMultipart
     * lays them out, and returns the message.
     *
     * @param boundary a boundary that cannot occur in encoded content (with "=_", as quoted-printable writes
     *                 "=" as "=3D" and base64 has neither)
     */
    byte[] alternative(String boundary, byte[]... parts) {
        header("MIME-Version", "1.0");
        header("Content-Type", "multipart/alternative; \r\n\tboundary=\"" + boundary + "\"");
        out.writeBytes(CRLF);
        for (byte[] part : parts) {
            ascii("--" + boundary);
            out.writeBytes(CRLF);
            out.writeBytes(part);
            out.writeBytes(CRLF);
        }
        ascii("--" + boundary + "--");
        out.writeBytes(CRLF);
        return out.toByteArray();
    }

    private void ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                throw new IllegalArgumentException("Header text must be encoded ASCII: " + text);
            }
        }
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
