package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.util.Date;
import java.util.ResourceBundle;
import org.barta.platform.web.FacesMessages;
import org.barta.site.SitePaths;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The double opt-in mail: in the subscriber's language, with the signed confirmation link. */
@ApplicationScoped
public class ConfirmationMailer {

    @Inject
    Session mail;

    @Inject
    SitePaths paths;

    @Inject
    @ConfigProperty(name = "barta.mail.from", defaultValue = "Barta <newsletter@localhost>")
    String from;

    void send(Subscriber subscriber, SignedLink link) throws MessagingException {
        ResourceBundle msg = ResourceBundle.getBundle(FacesMessages.BUNDLE, subscriber.getLanguage().locale());
        String url = paths.absolute("/" + subscriber.getLanguage().code() + "/newsletter/confirm?" + link.query());
        MimeMessage message = new MimeMessage(mail);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(subscriber.getEmail()));
        message.setSubject(msg.getString("newsletter.mail.confirm.subject"), "UTF-8");
        message.setSentDate(new Date());
        message.setText(MessageFormat.format(msg.getString("newsletter.mail.confirm.body"), url), "UTF-8");
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }
}
