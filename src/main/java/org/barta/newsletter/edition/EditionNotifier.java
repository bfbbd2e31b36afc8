package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.Role;
import org.barta.content.Language;
import org.barta.newsletter.Audience;
import org.barta.platform.mail.MailAfterCommit;
import org.barta.platform.web.FacesMessages;
import org.barta.publicweb.SitePaths;

/**
 * Tells editors and administrators, in their own language, that an edition waits for them: a new draft, or a send
 * to a private audience waiting for a second approval. The notices go once the transaction that made the draft or
 * the first approval commits ({@link MailAfterCommit}): a second editor never opens a page that does not show yet
 * what the mail announced, and a rolled-back approval announces nothing.
 */
@ApplicationScoped
public class EditionNotifier {

    @Inject
    AccountService accounts;

    @Inject
    MailAfterCommit mail;

    @Inject
    SitePaths paths;

    /** Returns how many are told; a relay that is down loses only the notice, never the draft. */
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
            mail.send(account.getEmail(), subject.apply(msg), body.apply(msg), "notice to " + account.getUsername());
            told++;
        }
        return told;
    }
}
