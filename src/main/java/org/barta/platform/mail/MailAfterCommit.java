package org.barta.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * A notice about a change (a credential changed, a send waits for an approval) goes out only once the change is
 * committed, and in the background: it never announces what a rollback undid, never arrives before the change can
 * be seen, and a relay that is slow or down neither holds the change's locks nor undoes it (only the notice is lost).
 * Outside a transaction it goes at once, in the background as well.
 */
@ApplicationScoped
public class MailAfterCommit {

    @Inject
    BackgroundMail background;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** {@code about} names the notice in the log line written when it cannot be sent. */
    public void send(String to, String subject, String text, String about) {
        if (transactions.getTransactionKey() == null) {
            background.deliver(to, subject, text, about);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before the change is committed.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    background.deliver(to, subject, text, about);
                }
            }
        });
    }
}
