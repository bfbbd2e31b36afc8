package org.barta.newsletter.dispatch;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.barta.newsletter.compose.PersonalLinks;
import org.barta.newsletter.compose.RenderedEdition;

/**
 * One text or HTML part of a rendered edition with its transfer encoding done once for all recipients, so that
 * a recipient's copy costs little more than copying bytes.
 * <ul>
 * <li>Quoted-printable: the text between the personal links is encoded once; each recipient's links are encoded
 * on their own and joined with soft line breaks, which decoders remove.</li>
 * <li>Base64 cannot be joined at any point: everything before the personal links (they sit at the end) up to a
 * whole line of 57 bytes is encoded once, the rest per recipient.</li>
 * </ul>
 */
final class PreEncodedPart {

    private static final String QUOTED_PRINTABLE = "quoted-printable";
    /** Base64 turns 57 bytes into one full 76-character line: a head of whole lines joins any continuation. */
    private static final int BASE64_LINE_BYTES = 57;
    private static final byte[] SOFT_BREAK = "=\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ESCAPED_EQUALS = "=3D".getBytes(StandardCharsets.US_ASCII);
    /** RFC 2045: encoded lines are at most 76 characters, the "=" of a soft break included. */
    private static final int MAX_QP_LINE = 76;

    private final boolean html;
    private final String encoding;
    /** Encoded pieces; between piece i and i + 1 goes link i. */
    private final List<byte[]> pieces;
    private final List<String> links;
    /** Base64 only: the bytes after the head and the text after them, encoded per recipient; else empty. */
    private final byte[] lead;
    private final String tail;
    private final int size;
    /** The part's header lines and the blank line after them. */
    private final byte[] headers;

    private PreEncodedPart(boolean html, String encoding, List<byte[]> pieces, List<String> links, byte[] lead,
                           String tail) {
        this.html = html;
        this.encoding = encoding;
        this.pieces = pieces;
        this.links = links;
        this.lead = lead;
        this.tail = tail;
        this.size = pieces.stream().mapToInt(piece -> piece.length).sum() + (lead.length + tail.length()) * 2;
        this.headers = ("Content-Type: " + (html ? "text/html" : "text/plain") + "; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: " + encoding + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    static PreEncodedPart text(String content) throws MessagingException {
        return of(false, content);
    }

    static PreEncodedPart html(String content) throws MessagingException {
        return of(true, content);
    }

    private static PreEncodedPart of(boolean html, String content) throws MessagingException {
        String encoding = transferEncoding(content);
        return QUOTED_PRINTABLE.equals(encoding) ? quotedPrintable(html, content) : base64(html, content);
    }

    private static PreEncodedPart quotedPrintable(boolean html, String content) throws MessagingException {
        List<byte[]> pieces = new ArrayList<>();
        List<String> links = new ArrayList<>();
        int from = 0;
        for (int link = RenderedEdition.firstLink(content, 0); link >= 0;
             link = RenderedEdition.firstLink(content, from)) {
            pieces.add(joinable(encode(QUOTED_PRINTABLE, content.substring(from, link))));
            String placeholder = RenderedEdition.linkAt(content, link);
            links.add(placeholder);
            from = link + placeholder.length();
        }
        pieces.add(encode(QUOTED_PRINTABLE, content.substring(from)));
        return new PreEncodedPart(html, QUOTED_PRINTABLE, pieces, links, new byte[0], "");
    }

    private static PreEncodedPart base64(boolean html, String content) throws MessagingException {
        int link = RenderedEdition.firstLink(content, 0);
        int personalFrom = link < 0 ? content.length() : link;
        byte[] common = content.substring(0, personalFrom).getBytes(StandardCharsets.UTF_8);
        int cut = common.length / BASE64_LINE_BYTES * BASE64_LINE_BYTES;
        return new PreEncodedPart(html, "base64", List.of(encode("base64", Arrays.copyOf(common, cut))), List.of(),
                Arrays.copyOfRange(common, cut, common.length), content.substring(personalFrom));
    }

    /** This recipient's part, with their links: its header lines, a blank line and its encoded content. */
    byte[] personal(PersonalLinks personal) throws MessagingException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(size + 1024);
        body.writeBytes(headers);
        body.writeBytes(pieces.get(0));
        for (int i = 0; i < links.size(); i++) {
            String url = RenderedEdition.fillLinks(links.get(i), html, personal);
            body.writeBytes(joinable(quotedPrintableLink(url)));
            body.writeBytes(pieces.get(i + 1));
        }
        if (lead.length > 0 || !tail.isEmpty()) {
            byte[] personalTail = RenderedEdition.fillLinks(tail, html, personal)
                    .getBytes(StandardCharsets.UTF_8);
            byte[] rest = Arrays.copyOf(lead, lead.length + personalTail.length);
            System.arraycopy(personalTail, 0, rest, lead.length, personalTail.length);
            body.writeBytes(encode(encoding, rest));
        }
        return body.toByteArray();
    }

    /**
     * A personal link in quoted-printable, starting a line (the piece before ends with a line break): a link is
     * printable ASCII without spaces (an address, HTML-escaped in the HTML part), so only "=" is escaped and lines
     * are cut by soft breaks within 76 characters. Done here because Angus Mail's encoder, writing byte by byte, was
     * 18 % of Payara's CPU in a send of short messages (bench/README.md, press releases); anything else in a link
     * goes to that encoder. PreEncodedPartTest decodes both against the personal copy.
     */
    static byte[] quotedPrintableLink(String link) throws MessagingException {
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c <= ' ' || c >= 127) {
                return encode(QUOTED_PRINTABLE, link);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(link.length() + link.length() / 20 * 3 + 16);
        int column = 0;
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            int width = c == '=' ? 3 : 1;
            if (column + width > MAX_QP_LINE - 1) {
                out.writeBytes(SOFT_BREAK);
                column = 0;
            }
            if (c == '=') {
                out.writeBytes(ESCAPED_EQUALS);
            } else {
                out.write(c);
            }
            column += width;
        }
        return out.toByteArray();
    }

    /** Quoted-printable that the next piece can follow: ends with a line break, soft if it was not a real one. */
    private static byte[] joinable(byte[] encoded) {
        int n = encoded.length;
        if (n == 0 || n >= 2 && encoded[n - 2] == '\r' && encoded[n - 1] == '\n') {
            return encoded;
        }
        byte[] joined = Arrays.copyOf(encoded, n + SOFT_BREAK.length);
        System.arraycopy(SOFT_BREAK, 0, joined, n, SOFT_BREAK.length);
        return joined;
    }

    private static byte[] encode(String encoding, String text) throws MessagingException {
        return encode(encoding, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] encode(String encoding, byte[] bytes) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4 / 3 + 64);
        try {
            OutputStream encoder = MimeUtility.encode(out, encoding);
            encoder.write(bytes);
            // Flushed, not closed, as a body part is written: closing would end base64 with a line break more.
            encoder.flush();
        } catch (IOException e) {
            throw new MessagingException("Part could not be encoded", e);
        }
        return out.toByteArray();
    }

    /** Quoted-printable for mostly ASCII text (readable, and 7bit relays take it), base64 for mostly other. */
    private static String transferEncoding(String content) {
        String chosen = MimeUtility.getEncoding(new ByteArrayDataSource(content.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8"));
        return "7bit".equals(chosen) ? QUOTED_PRINTABLE : chosen;
    }
}
