package org.barta.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends the application's own one-off plain-text mails (confirmations, notices to editors). */
@ApplicationScoped
public class AutomaticMail {

    @Inject
    Session mail;

    @Inject
    @ConfigProperty(name = "barta.mail.from", defaultValue = "Barta <newsletter@localhost>")
    String from;

    public void send(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        message.setText(text, "UTF-8");
        // Tells auto-responders not to answer (RFC 3834).
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }
}
