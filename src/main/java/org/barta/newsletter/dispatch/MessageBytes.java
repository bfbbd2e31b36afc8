package org.barta.newsletter.dispatch;

import jakarta.mail.internet.InternetHeaders;
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
    /** The header lines as Jakarta Mail holds them, so the written message need not parse them back. */
    private final InternetHeaders headers = new WrittenHeaders();
    private int bodyOffset = -1;

    MessageBytes(int expectedSize) {
        out = new ByteArrayOutputStream(expectedSize);
    }

    /** Adds a header line; the value must be encoded and folded already, and hold no bare line break. */
    MessageBytes header(String name, String value) {
        if (!isFolded(value)) {
            throw new IllegalArgumentException("Header " + name + " would break the message: " + value);
        }
        ascii(name + ": " + value);
        out.writeBytes(CRLF);
        headers.addHeader(name, value);
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
        bodyOffset = out.size();
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

    /** Whether every line break in the value is a fold: CRLF followed by a space or a tab. */
    private static boolean isFolded(String value) {
        for (int i = value.indexOf('\r'); i >= 0; i = value.indexOf('\r', i + 1)) {
            if (i + 2 >= value.length() || value.charAt(i + 1) != '\n'
                    || value.charAt(i + 2) != ' ' && value.charAt(i + 2) != '\t') {
                return false;
            }
        }
        for (int i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
            if (i == 0 || value.charAt(i - 1) != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The header lines written, for {@link SerializedMessage}. */
    InternetHeaders headers() {
        return headers;
    }

    /** Where the body starts in the bytes {@link #alternative} returned, after the blank line. */
    int bodyOffset() {
        if (bodyOffset < 0) {
            throw new IllegalStateException("The body is not written yet");
        }
        return bodyOffset;
    }

    /** Header lines in the order written, as a parser would read them: without the table of usual names. */
    private static final class WrittenHeaders extends InternetHeaders {

        WrittenHeaders() {
            headers.clear();
        }
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
