package org.barta.accounts;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.barta.platform.mail.AutomaticMail;
import org.barta.platform.web.FacesMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells an account's owner, by mail and in their language, that a credential of theirs changed (password, role,
 * second factor), so that a takeover does not go unnoticed: "if this was not you, contact …". Sent only once the
 * change is committed, from the container's executor, so a relay that is down delays or loses the notice but never
 * undoes or slows the change. An account without an address gets none.
 */
@ApplicationScoped
public class CredentialNotices {

    private static final Logger LOG = Logger.getLogger(CredentialNotices.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    AutomaticMail mail;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "barta.security-contact")
    Optional<String> contact;

    /**
     * Within the transaction that makes the change: {@code what} is the bundle key of the sentence saying what
     * changed; an argument that is itself a bundle key is translated.
     */
    public void send(Account account, String what, Object... arguments) {
        if (account.getEmail() == null) {
            return;
        }
        String to = account.getEmail();
        String username = account.getUsername();
        ResourceBundle msg = ResourceBundle.getBundle(FacesMessages.BUNDLE,
                Locale.forLanguageTag(account.getPreferredLanguage()));
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof String key && msg.containsKey(key) ? msg.getString(key) : arguments[i];
        }
        String subject = msg.getString("notice.subject");
        String body = MessageFormat.format(msg.getString("notice.body"), account.getDisplayName(), username,
                MessageFormat.format(msg.getString(what), shown), WHEN.format(Instant.now()),
                contact.filter(c -> !c.isBlank()).orElse(msg.getString("notice.contact")));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before the change is committed.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> deliver(to, username, subject, body));
                }
            }
        });
    }

    private void deliver(String to, String username, String subject, String body) {
        try {
            mail.send(to, subject, body);
        } catch (MessagingException e) {
            LOG.warning(() -> "The credential notice for " + username + " was not sent: " + e.getMessage());
        }
    }
}
