package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.barta.platform.mail.MailAfterCommit;
import org.barta.platform.web.FacesMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells an account's owner, by mail and in their language, that a credential of theirs changed (password, role,
 * second factor), so that a takeover does not go unnoticed: "if this was not you, contact …". Sent only once the
 * change is committed, in the background ({@link MailAfterCommit}), so a relay that is down loses the notice but never
 * undoes or slows the change. An account without an address gets none.
 */
@ApplicationScoped
public class CredentialNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    MailAfterCommit mail;

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
        mail.send(to, subject, body, "credential notice for " + username);
    }
}
