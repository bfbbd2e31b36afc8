package org.barta.newsletter.dispatch;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A newsletter message whose Message-ID is derived from (edition, subscriber) instead of being random: a message
 * sent again after a crash carries the same id, so receiving systems can recognise the repeat.
 */
final class NewsletterMessage extends MimeMessage {

    private final String messageId;

    NewsletterMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
