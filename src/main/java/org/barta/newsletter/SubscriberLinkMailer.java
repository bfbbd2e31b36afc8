package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.barta.platform.mail.AutomaticMail;
import org.barta.platform.web.FacesMessages;
import org.barta.publicweb.SitePaths;

/**
 * The mails that carry one signed link to a subscriber, in the subscriber's language: the double opt-in
 * confirmation (naming the lists that wait for it) and the fresh "my data" link (download, erase).
 */
@ApplicationScoped
public class SubscriberLinkMailer {

    /** A mailed link: the page it opens and the bundle keys of its subject and body. */
    enum LinkMail {
        CONFIRMATION("confirm", "newsletter.mail.confirm"),
        MY_DATA("mydata", "newsletter.mail.data");

        private final String page;
        private final String messages;

        LinkMail(String page, String messages) {
            this.page = page;
            this.messages = messages;
        }
    }

    @Inject
    AutomaticMail mail;

    @Inject
    SitePaths paths;

    void send(LinkMail kind, Subscriber subscriber, SignedLink link) throws MessagingException {
        ResourceBundle msg = ResourceBundle.getBundle(FacesMessages.BUNDLE, subscriber.getLanguage().locale());
        String url = paths.absolute("/" + subscriber.getLanguage().code() + "/newsletter/" + kind.page + "?"
                + link.query());
        mail.send(subscriber.getEmail(), msg.getString(kind.messages + ".subject"),
                MessageFormat.format(msg.getString(kind.messages + ".body"), url,
                        String.join(", ", subscriber.awaitingConfirmation(subscriber.getLanguage()))));
    }
}
