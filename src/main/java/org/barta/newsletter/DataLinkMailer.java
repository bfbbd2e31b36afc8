package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.barta.platform.mail.AutomaticMail;
import org.barta.platform.web.FacesMessages;
import org.barta.site.SitePaths;

/** The mail with a fresh "my data" link (download, erase), in the subscriber's language. */
@ApplicationScoped
public class DataLinkMailer {

    @Inject
    AutomaticMail mail;

    @Inject
    SitePaths paths;

    void send(Subscriber subscriber, SignedLink link) throws MessagingException {
        ResourceBundle msg = ResourceBundle.getBundle(FacesMessages.BUNDLE, subscriber.getLanguage().locale());
        String url = paths.absolute("/" + subscriber.getLanguage().code() + "/newsletter/mydata?" + link.query());
        mail.send(subscriber.getEmail(), msg.getString("newsletter.mail.data.subject"),
                MessageFormat.format(msg.getString("newsletter.mail.data.body"), url));
    }
}
