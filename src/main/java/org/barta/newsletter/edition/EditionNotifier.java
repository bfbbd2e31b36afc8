package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.Role;
import org.barta.platform.mail.AutomaticMail;
import org.barta.platform.web.FacesMessages;
import org.barta.publicweb.SitePaths;

/** Tells editors and administrators, in their own language, that a new edition waits for them. */
@ApplicationScoped
public class EditionNotifier {

    private static final Logger LOG = Logger.getLogger(EditionNotifier.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    AutomaticMail mail;

    @Inject
    SitePaths paths;

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
                mail.send(account.getEmail(), MessageFormat.format(msg.getString("newsletter.mail.draft.subject"),
                        edition.getNumber()), MessageFormat.format(msg.getString("newsletter.mail.draft.body"),
                        edition.getNumber(), paths.absolute("/admin/edition?id=" + edition.getId())));
                told++;
            } catch (MessagingException e) {
                LOG.warning(() -> "Could not tell " + account.getUsername() + " about edition " + edition.getNumber()
                        + ": " + e.getMessage());
            }
        }
        return told;
    }
}
