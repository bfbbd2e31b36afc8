package org.barta.newsletter.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeBodyPart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.barta.newsletter.compose.PersonalLinks;
import org.barta.newsletter.compose.RenderedEdition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreEncodedPartTest {

    private static final String PREFERENCES = "https://barta.example.org/bn/newsletter/preferences?s=42&t=a=b";
    private static final String UNSUBSCRIBE = "https://barta.example.org/bn/newsletter/unsubscribe?s=42&t=x-y_z";
    private static final String PREVIEW = "https://barta.example.org/bn/newsletter/preview?r=7&s=42&e=9&t=c=d";
    private static final PersonalLinks LINKS = new PersonalLinks(PREFERENCES, UNSUBSCRIBE, PREVIEW);
    private static final String FOOTER_TEXT = "Preview: " + RenderedEdition.PREVIEW_URL + "\nUnsubscribe: "
            + RenderedEdition.UNSUBSCRIBE_URL + "\nPreferences: " + RenderedEdition.PREFERENCES_URL + "\n";
    private static final String FOOTER_HTML = "<p><a href=\"" + RenderedEdition.PREVIEW_URL + "\">p</a></p><p><a href=\""
            + RenderedEdition.UNSUBSCRIBE_URL + "\">x</a> <a href=\"" + RenderedEdition.PREFERENCES_URL + "\">y</a></p>";

    @ParameterizedTest
    @ValueSource(ints = {20, 21, 22, 23, 24, 25, 56, 57, 400, 4000})
    void aBanglaPartIsEncodedExactlyAsTheWholePersonalCopyWouldBe(int words) throws Exception {
        String html = "<p>" + "মানবাধিকার ".repeat(words) + "</p>\n" + FOOTER_HTML + "\n<p>শেষ</p>";

        MimeBodyPart part = parsed(PreEncodedPart.html(html).personal(LINKS));

        assertThat(part.getEncoding()).isEqualTo("base64");
        assertThat(body(part)).isEqualTo(body(whole(html, "html", "base64")));
        assertThat(decoded(part)).isEqualTo(RenderedEdition.fillLinks(html, true, LINKS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Dear reader,\n", "A line with trailing spaces   \n\t\nand = signs and ü\n",
        "one very long line without a break ", "no newline before the link ", "ends with a tab\t"})
    void anEnglishPartDecodesToThePersonalCopyWithLinesWithinTheLimit(String before) throws Exception {
        String text = before.repeat(40) + FOOTER_TEXT + before + "End.\n";

        MimeBodyPart part = parsed(PreEncodedPart.text(text).personal(LINKS));

        assertThat(part.getEncoding()).isEqualTo("quoted-printable");
        assertThat(decoded(part)).isEqualTo(RenderedEdition.fillLinks(text, false, LINKS));
        assertThat(body(part).split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
    }

    @Test
    void anEnglishHtmlPartHasItsLinksEscapedAndItsTextOnlyEncodedOnce() throws Exception {
        String html = "<p>" + "Human rights ".repeat(200) + "</p>" + FOOTER_HTML + FOOTER_HTML;

        MimeBodyPart part = parsed(PreEncodedPart.html(html).personal(LINKS));

        assertThat(decoded(part)).isEqualTo(RenderedEdition.fillLinks(html, true, LINKS))
                .contains("href=\"" + PREFERENCES.replace("&", "&amp;") + "\"");
        assertThat(body(part).split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 72, 73, 74, 75, 76, 77, 148, 149, 150, 151, 300})
    void aLinkEncodedByHandDecodesAsAngusMailsEncodingDoesWithinTheLineLimit(int length) throws Exception {
        // "=" at every place relative to a line's end, where an escape must not be split by a soft break.
        String link = ("https://barta.example.org/en/newsletter/unsubscribe?s=4&e=9&t=a=b=c=d&a=3&n=" + "x=".repeat(200))
                .substring(0, length);
        String text = "Unsubscribe:\n" + RenderedEdition.UNSUBSCRIBE_URL + "\nEnd.\n";

        MimeBodyPart part = parsed(PreEncodedPart.text(text).personal(new PersonalLinks("https://p.example/", link)));

        assertThat(decoded(part)).isEqualTo(RenderedEdition.fillLinks(text, false, new PersonalLinks("https://p.example/", link)));
        assertThat(body(part).split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
        assertThat(new String(PreEncodedPart.quotedPrintableLink(link), StandardCharsets.US_ASCII).replace("=\r\n", ""))
                .isEqualTo(link.replace("=", "=3D"));
    }

    @Test
    void aPartWithoutPersonalLinksIsTheSameForEveryone() throws Exception {
        PreEncodedPart part = PreEncodedPart.text("Nothing personal here.\n");

        assertThat(body(parsed(part.personal(LINKS))))
                .isEqualTo(body(parsed(part.personal(new PersonalLinks("a", "b")))));
        assertThat(decoded(parsed(part.personal(LINKS)))).isEqualTo("Nothing personal here.\n");
    }

    private static MimeBodyPart whole(String content, String subtype, String encoding) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(RenderedEdition.fillLinks(content, "html".equals(subtype), LINKS), "UTF-8",
                subtype);
        part.setHeader("Content-Transfer-Encoding", encoding);
        return part;
    }

    /** The part as a mail client reads it from the message. */
    private static MimeBodyPart parsed(byte[] written) throws Exception {
        return new MimeBodyPart(new ByteArrayInputStream(written));
    }

    /** What a mail client shows (line breaks travel as CRLF). */
    private static String decoded(MimeBodyPart part) throws Exception {
        return part.getContent().toString().replace("\r\n", "\n");
    }

    /** The encoded body as it goes on the wire, after the part's headers. */
    private static String body(MimeBodyPart part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.writeTo(out);
        String written = out.toString(StandardCharsets.US_ASCII);
        return written.substring(written.indexOf("\r\n\r\n") + 4);
    }
}
