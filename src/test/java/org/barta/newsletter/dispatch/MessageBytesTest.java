package org.barta.newsletter.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.Properties;
import org.barta.newsletter.compose.PersonalLinks;
import org.barta.newsletter.compose.RenderedEdition;
import org.junit.jupiter.api.Test;

class MessageBytesTest {

    private static final String PREFERENCES = "https://barta.example.org/bn/newsletter/preferences?s=42&t=a";
    private static final String UNSUBSCRIBE = "https://barta.example.org/bn/newsletter/unsubscribe?s=42&t=b";
    private static final PersonalLinks LINKS = new PersonalLinks(PREFERENCES, UNSUBSCRIBE);
    private static final String TEXT = "প্রিয় পাঠক,\nএই মাসের খবর।\nUnsubscribe: " + RenderedEdition.UNSUBSCRIBE_URL + "\n";
    private static final String HTML = "<p>Dear reader, <b>this month</b>.</p><p><a href=\""
            + RenderedEdition.UNSUBSCRIBE_URL + "\">Unsubscribe</a> <a href=\"" + RenderedEdition.PREFERENCES_URL
            + "\">Preferences</a></p>";

    @Test
    void theHeadersItHandsOverAreThoseAReaderParsesAndTheBodyIsTheSame() throws Exception {
        MessageBytes written = new MessageBytes(4096)
                .header("From", "=?UTF-8?B?4Kas4Ka+4Kaw4KeN4Kak4Ka+?= <newsletter@barta.example.org>")
                .header("Message-ID", "<edition-7.subscriber-42@barta.example.org>")
                .header("List-Unsubscribe", "<https://barta.example.org/u?s=1>, \r\n\t<mailto:b@barta.example.org>");
        byte[] bytes = written.alternative("----=_Barta_test", PreEncodedPart.text(TEXT).personal(LINKS),
                PreEncodedPart.html(HTML).personal(LINKS));
        Session session = Session.getInstance(new Properties());

        SerializedMessage handed = new SerializedMessage(session, bytes, written.headers(), written.bodyOffset(), "S");
        MimeMessage parsed = new MimeMessage(session, new ByteArrayInputStream(bytes));

        assertThat(Collections.list(handed.getAllHeaderLines())).isEqualTo(Collections.list(parsed.getAllHeaderLines()));
        assertThat(handed.getHeader("List-Unsubscribe", null)).isEqualTo(parsed.getHeader("List-Unsubscribe", null));
        assertThat(handed.getFrom()).isEqualTo(parsed.getFrom());
        assertThat(handed.getMessageID()).isEqualTo(parsed.getMessageID());
        assertThat(handed.getContentType()).isEqualTo(parsed.getContentType());
        MimeMultipart parts = (MimeMultipart) handed.getContent();
        assertThat(parts.getBodyPart(1).getContent().toString()).isEqualTo(RenderedEdition.fillLinks(HTML, true, LINKS));
        handed.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handed.writeTo(out);
        assertThat(out.toByteArray()).as("sent as written").isEqualTo(bytes);
    }

    @Test
    void aMailReaderReadsTheHeadersAndBothParts() throws Exception {
        String subject = "বার্তা: নভেম্বরের সংবাদ";
        byte[] bytes = new MessageBytes(4096)
                .header("From", InternetAddress.toString(new Address[] {
                        new InternetAddress("newsletter@barta.example.org", "বার্তা", "UTF-8")}, 6))
                .header("To", InternetAddress.toString(new Address[] {
                        new InternetAddress("rahima@example.net", "রহিমা খাতুন", "UTF-8")}, 4))
                .header("Message-ID", "<edition-7.subscriber-42@barta.example.org>")
                .header("Subject", MimeUtility.fold(9, MimeUtility.encodeText(subject, "UTF-8", null)))
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .alternative("----=_Barta_test", PreEncodedPart.text(TEXT).personal(LINKS),
                        PreEncodedPart.html(HTML).personal(LINKS));

        MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));

        assertThat(read.getSubject()).isEqualTo(subject);
        assertThat(((InternetAddress) read.getFrom()[0]).getPersonal()).isEqualTo("বার্তা");
        InternetAddress to = (InternetAddress) read.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("rahima@example.net");
        assertThat(to.getPersonal()).isEqualTo("রহিমা খাতুন");
        assertThat(read.getMessageID()).isEqualTo("<edition-7.subscriber-42@barta.example.org>");
        assertThat(read.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(read.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) read.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(parts.getBodyPart(0).getContent().toString().replace("\r\n", "\n"))
                .isEqualTo(RenderedEdition.fillLinks(TEXT, false, LINKS));
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(parts.getBodyPart(1).getContent().toString())
                .isEqualTo(RenderedEdition.fillLinks(HTML, true, LINKS));
    }

    @Test
    void aHeaderThatWouldBreakTheMessageIsRefused() {
        MessageBytes message = new MessageBytes(256);

        assertThatThrownBy(() -> message.header("Subject", "Hello\r\nBcc: someone@example.net"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.header("Subject", "নভেম্বর")).isInstanceOf(IllegalArgumentException.class);
        for (String broken : new String[] {"a\nBcc: x", "a\rBcc: x", "a\r\n", "a\r\nX", "\n a", "a\n\r b", "a\r\r\n b"}) {
            assertThatThrownBy(() -> message.header("Subject", broken)).as(broken.replace("\r", "CR").replace("\n", "LF"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatCode(() -> message.header("List-Unsubscribe", "<https://a.example/u>,\r\n\t<mailto:u@a.example>"))
                .doesNotThrowAnyException();
        assertThatCode(() -> message.header("Subject", "=?UTF-8?B?4Kas?=\r\n =?UTF-8?B?4Kas?="))
                .as("a folded header").doesNotThrowAnyException();
    }
}
