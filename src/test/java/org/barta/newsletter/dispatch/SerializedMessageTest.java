package org.barta.newsletter.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SerializedMessageTest {

    @Test
    void sendsExactlyWhatTheMessageWrites() throws Exception {
        MimeMessage message = SampleNewsletter.message();
        SerializedMessage serialized = SerializedMessage.of(message, SampleNewsletter.SUBJECT);

        assertThat(bytes(serialized)).isEqualTo(bytes(message));
        assertThat(serialized.getSize()).isEqualTo(bytes(message).length);
        assertThat(serialized.getFrom()).containsExactly(new InternetAddress("newsletter@barta.example.org"));
        assertThat(serialized.getSubject()).isEqualTo(SampleNewsletter.SUBJECT);
        MimeMessage received = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(bytes(serialized)));
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo(SampleNewsletter.HTML);
    }

    @Test
    void savingItAgainKeepsItsMessageIdAndBytes() throws Exception {
        SerializedMessage serialized = SerializedMessage.of(SampleNewsletter.message(), SampleNewsletter.SUBJECT);
        byte[] before = bytes(serialized);

        serialized.saveChanges();

        assertThat(serialized.getMessageID()).isEqualTo(SampleNewsletter.MESSAGE_ID);
        assertThat(bytes(serialized)).isEqualTo(before);
    }

    private static byte[] bytes(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
