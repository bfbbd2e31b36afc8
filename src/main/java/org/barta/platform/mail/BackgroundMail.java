package org.barta.platform.mail;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Logger;

/**
 * Sends {@link MailAfterCommit}'s notices off the request thread. An EJB's asynchronous method runs in an invocation
 * of its own: a task for the managed executor, submitted while a request commits, shares the request's invocation,
 * and Payara then closes that request's non-transactional EntityManager a second time when the task ends (a SEVERE
 * log line per notice).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackgroundMail {

    private static final Logger LOG = Logger.getLogger(BackgroundMail.class.getName());

    @Inject
    AutomaticMail mail;

    @Asynchronous
    public void deliver(String to, String subject, String text, String about) {
        try {
            mail.send(to, subject, text);
        } catch (MessagingException e) {
            LOG.warning(() -> "The " + about + " was not sent: " + e.getMessage());
        }
    }
}
