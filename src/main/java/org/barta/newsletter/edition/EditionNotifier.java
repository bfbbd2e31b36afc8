package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.Role;
import org.barta.platform.web.FacesMessages;
import org.barta.site.SitePaths;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells editors and administrators, in their own language, that a new edition waits for them. */
@ApplicationScoped
public class EditionNotifier {

    private static final Logger LOG = Logger.getLogger(EditionNotifier.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    Session mail;

    @Inject
    SitePaths paths;

    @Inject
    @ConfigProperty(name = "barta.mail.from", defaultValue = "Barta <newsletter@localhost>")
    String from;

    /** Returns how many were told; a relay that is down loses only the notice, never the draft. */
    public int draftReady(Edition edition) {
        int told = 0;
        for (Account account : accounts.staff()) {
            if (!account.isEnabled() || account.getEmail() == null || account.getRole() == Role.AUTHOR) {
                continue;
            }
            ResourceBundle msg = ResourceBundle.getBundle(FacesMessages.BUNDLE,
                    Locale.forLanguageTag(account.getPreferredLanguage()));
            try {
                MimeMessage message = new MimeMessage(mail);
                message.setFrom(new InternetAddress(from));
                message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(account.getEmail()));
                message.setSubject(MessageFormat.format(msg.getString("newsletter.mail.draft.subject"),
                        edition.getNumber()), "UTF-8");
                message.setSentDate(new Date());
                message.setText(MessageFormat.format(msg.getString("newsletter.mail.draft.body"), edition.getNumber(),
                        paths.absolute("/admin/edition?id=" + edition.getId())), "UTF-8");
                message.setHeader("Auto-Submitted", "auto-generated");
                Transport.send(message);
                told++;
            } catch (MessagingException e) {
                LOG.warning(() -> "Could not tell " + account.getUsername() + " about edition " + edition.getNumber()
                        + ": " + e.getMessage());
            }
        }
        return told;
    }
}
