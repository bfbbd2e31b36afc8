package org.barta.newsletter.dispatch;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Properties;

/** A Bangla newsletter message for the tests of what happens to messages after they are written. */
final class SampleNewsletter {

    static final String MESSAGE_ID = "<edition-7.subscriber-42@barta.example.org>";
    static final String SUBJECT = "বার্তা: নভেম্বরের সংবাদ";
    static final String HTML = "<p>প্রিয় পাঠক,</p>\n<p>এই মাসে <b>মানবাধিকার</b> নিয়ে আমাদের প্রতিবেদন পড়ুন।</p>";

    private SampleNewsletter() {
    }

    /** A subscriber's copy with the headers NewsletterMessages writes, built as a MimeMessage. */
    static MimeMessage message() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("newsletter@barta.example.org", "বার্তা", "UTF-8"));
        message.setRecipient(MimeMessage.RecipientType.TO,
                new InternetAddress("rahima@example.net", "রহিমা খাতুন", "UTF-8"));
        message.setSubject(SUBJECT, "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("List-Unsubscribe", "<https://barta.example.org/bn/newsletter/unsubscribe?s=42&t=abc>");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("List-Id", "Barta <newsletter.barta.example.org>");
        message.setHeader("Content-Language", "bn");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("প্রিয় পাঠক,\n\nএই মাসে মানবাধিকার নিয়ে আমাদের প্রতিবেদন পড়ুন।  \n\t\n\n", "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(HTML, "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        // Set after saving, which would give it a random one.
        message.setHeader("Message-ID", MESSAGE_ID);
        return message;
    }
}
