package org.barta.newsletter.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SerializedMessageTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String SUBJECT = "বার্তা: নভেম্বর";

    @Test
    void sendsExactlyWhatTheMessageWrites() throws Exception {
        MimeMessage message = message();
        SerializedMessage serialized = SerializedMessage.of(message, SUBJECT);

        assertThat(bytes(serialized)).isEqualTo(bytes(message));
        assertThat(serialized.getSize()).isEqualTo(bytes(message).length);
        assertThat(serialized.getFrom()).containsExactly(new InternetAddress("newsletter@barta.example.org"));
        assertThat(serialized.getSubject()).isEqualTo(SUBJECT);
        MimeMessage received = new MimeMessage(SESSION, new ByteArrayInputStream(bytes(serialized)));
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>এই মাসে <b>মানবাধিকার</b> নিয়ে প্রতিবেদন</p>");
    }

    @Test
    void savingItAgainKeepsItsMessageIdAndBytes() throws Exception {
        SerializedMessage serialized = SerializedMessage.of(message(), SUBJECT);
        byte[] before = bytes(serialized);

        serialized.saveChanges();

        assertThat(serialized.getMessageID()).isEqualTo("<edition-7.subscriber-42@barta.example.org>");
        assertThat(bytes(serialized)).isEqualTo(before);
    }

    private static MimeMessage message() throws Exception {
        MimeMessage message = new NewsletterMessage(SESSION, "<edition-7.subscriber-42@barta.example.org>");
        message.setFrom(new InternetAddress("newsletter@barta.example.org"));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("rahima@example.net"));
        message.setSubject(SUBJECT, "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("এই মাসে মানবাধিকার নিয়ে প্রতিবেদন\n.\n", "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>এই মাসে <b>মানবাধিকার</b> নিয়ে প্রতিবেদন</p>", "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private static byte[] bytes(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
