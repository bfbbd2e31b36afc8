package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.logging.Logger;
import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.Role;
import org.barta.content.Language;
import org.barta.newsletter.Audience;
import org.barta.platform.mail.AutomaticMail;
import org.barta.platform.web.FacesMessages;
import org.barta.publicweb.SitePaths;

/**
 * Tells editors and administrators, in their own language, that an edition waits for them: a new draft, or a send
 * to a private audience waiting for a second approval.
 */
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
        String link = paths.absolute("/admin/edition?id=" + edition.getId());
        return tellEditors(null, msg -> MessageFormat.format(msg.getString("newsletter.mail.draft.subject"),
                edition.getNumber()), msg -> MessageFormat.format(msg.getString("newsletter.mail.draft.body"),
                edition.getNumber(), link));
    }

    /**
     * Four eyes: tells the other editors and administrators that a send to a private audience waits for a second
     * approval, with whom it goes to and who approved it first; the first approver is not asked.
     */
    public int secondApprovalWanted(Edition edition, Audience audience, long firstApproverId) {
        String link = paths.absolute("/admin/edition?id=" + edition.getId());
        String firstApprover = accounts.displayName(firstApproverId).orElse("#" + firstApproverId);
        return tellEditors(firstApproverId, msg -> MessageFormat.format(
                msg.getString("newsletter.mail.secondApproval.subject"), audience.name(languageOf(msg))),
                msg -> MessageFormat.format(msg.getString("newsletter.mail.secondApproval.body"),
                        audience.name(languageOf(msg)), firstApprover, link));
    }

    /** Four eyes for a press release: the other editors are asked to check and approve it on its page. */
    public int releaseApprovalWanted(Edition release, String title, long firstApproverId) {
        String link = paths.absolute("/admin/releases?item=" + release.getContentItemId());
        String firstApprover = accounts.displayName(firstApproverId).orElse("#" + firstApproverId);
        return tellEditors(firstApproverId, msg -> msg.getString("newsletter.mail.releaseApproval.subject"),
                msg -> MessageFormat.format(msg.getString("newsletter.mail.releaseApproval.body"), title,
                        firstApprover, link));
    }

    private static Language languageOf(ResourceBundle msg) {
        return Language.fromCode(msg.getLocale().getLanguage()).orElse(Language.EN);
    }

    private int tellEditors(Long except, Function<ResourceBundle, String> subject,
                            Function<ResourceBundle, String> body) {
        int told = 0;
        for (Account account : accounts.staff()) {
            if (!account.isEnabled() || account.getEmail() == null || account.getRole() == Role.AUTHOR
                    || account.getId().equals(except)) {
                continue;
            }
            ResourceBundle msg = ResourceBundle.getBundle(FacesMessages.BUNDLE,
                    Locale.forLanguageTag(account.getPreferredLanguage()));
            try {
                mail.send(account.getEmail(), subject.apply(msg), body.apply(msg));
                told++;
            } catch (MessagingException e) {
                LOG.warning(() -> "Could not tell " + account.getUsername() + ": " + e.getMessage());
            }
        }
        return told;
    }
}
