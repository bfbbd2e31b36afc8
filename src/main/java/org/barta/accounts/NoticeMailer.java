package org.barta.accounts;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Logger;
import org.barta.platform.mail.AutomaticMail;

/**
 * Sends {@link CredentialNotices} off the request thread. An EJB's asynchronous method runs in an invocation of its
 * own: a task for the managed executor, submitted while a request commits, shares the request's invocation, and
 * Payara then closes that request's non-transactional EntityManager a second time when the task ends (a SEVERE log
 * line per notice).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeMailer {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class.getName());

    @Inject
    AutomaticMail mail;

    @Asynchronous
    public void deliver(String to, String username, String subject, String body) {
        try {
            mail.send(to, subject, body);
        } catch (MessagingException e) {
            LOG.warning(() -> "The credential notice for " + username + " was not sent: " + e.getMessage());
        }
    }
}
