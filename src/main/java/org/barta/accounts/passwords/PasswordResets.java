package org.barta.accounts.passwords;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.barta.accounts.Account;
import org.barta.accounts.AccountRepository;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.accounts.CredentialNotices;
import org.barta.accounts.OneTimeToken;
import org.barta.accounts.PasswordRules;
import org.barta.accounts.Role;
import org.barta.accounts.sessions.AccountSessions;
import org.barta.accounts.twofactor.TwoFactorService;
import org.barta.platform.BusinessException;
import org.barta.platform.RateLimiter;
import org.barta.platform.cluster.RateLimits;
import org.barta.platform.mail.AutomaticMail;
import org.barta.platform.web.FacesMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single-use links that set a password, valid {@link PasswordReset#VALIDITY}, kept only as hashes. A "forgotten
 * password" link is mailed to an enabled account's own address (at most {@value #MAILS_PER_HOUR} an hour per
 * account, counted across instances); an administrator's recovery link is printed to the server log ({@link
 * AdministratorRecovery}). Using one sets the password, ends every session of the account and deletes all its
 * links, and its owner is told by mail. A reset leaves the second factor alone: the person still signs in with it.
 * A recovery also removes it (the administrator is locked out, most likely because the phone is gone) and enables
 * the account, so the administrator enrols again at the next sign-in.
 */
@ApplicationScoped
public class PasswordResets {

    static final int MAILS_PER_HOUR = 3;
    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

    private RateLimiter mailsPerAccount;

    @Inject
    RateLimits limits;

    @Inject
    PasswordResetRepository links;

    @Inject
    AccountRepository accountRepository;

    @Inject
    AccountService accounts;

    @Inject
    AccountSessions sessions;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    AuditLog audit;

    @Inject
    AutomaticMail mail;

    @Inject
    CredentialNotices notices;

    @Inject
    @ConfigProperty(name = "barta.base-url", defaultValue = "http://127.0.0.1:8080")
    String baseUrl;

    @PostConstruct
    void createLimits() {
        mailsPerAccount = limits.named("password-reset-mails", MAILS_PER_HOUR, Duration.ofHours(1));
    }

    /**
     * Mails a link to every enabled account the typed name or address names. Runs in the background (see
     * {@link PasswordResetRequests}): whether anything was found is never told to the person asking.
     */
    @Transactional
    public void mailLinks(String typed, String clientAddress) {
        for (Account account : accountRepository.enabledByUsernameOrEmail(typed)) {
            Actor actor = new Actor(account.getId(), account.getUsername(), account.getRole(), clientAddress);
            if (!mailsPerAccount.tryAcquire(String.valueOf(account.getId()), Instant.now())) {
                audit.record(actor, "account.password.reset-limited", "account", account.getId(), null);
                continue;
            }
            String token = issue(account.getId(), PasswordReset.Purpose.RESET);
            audit.record(actor, "account.password.reset-request", "account", account.getId(), null);
            ResourceBundle msg = ResourceBundle.getBundle(FacesMessages.BUNDLE,
                    Locale.forLanguageTag(account.getPreferredLanguage()));
            try {
                mail.send(account.getEmail(), msg.getString("reset.mail.subject"),
                        MessageFormat.format(msg.getString("reset.mail.body"), account.getDisplayName(),
                                account.getUsername(), link(token), PasswordReset.VALIDITY.toMinutes()));
            } catch (MessagingException e) {
                LOG.warning(() -> "The reset link for " + account.getUsername() + " was not sent: " + e.getMessage());
            }
        }
    }

    /**
     * A recovery link for the named administrator, audited ({@code account.recovery.issue}); empty when no such
     * administrator exists. Links issued before for the account stop working.
     */
    @Transactional
    public Optional<String> recoveryLink(String username) {
        Optional<Account> admin = accountRepository.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .filter(a -> a.getRole() == Role.ADMIN);
        admin.ifPresent(a -> {
            revokeAll(a.getId());
            audit.record(new Actor(a.getId(), a.getUsername(), a.getRole(), null), "account.recovery.issue",
                    "account", a.getId(), "BARTA_RECOVER_ADMIN");
        });
        return admin.map(a -> link(issue(a.getId(), PasswordReset.Purpose.RECOVERY)));
    }

    /** A new link for the account; returns the token for the link, which is kept nowhere. */
    @Transactional(Transactional.TxType.MANDATORY)
    String issue(long accountId, PasswordReset.Purpose purpose) {
        OneTimeToken.Issued token = OneTimeToken.issue();
        links.add(new PasswordReset(accountId, purpose, token.hash(), Instant.now()));
        return token.value();
    }

    String link(String token) {
        return baseUrl.replaceAll("/+$", "") + "/password-reset?token=" + token;
    }

    /** Whether a link still works, for the page to show the form or say why not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean usable(String token) {
        return find(token, LockModeType.NONE).filter(r -> r.usable(Instant.now())).isPresent();
    }

    /** Sets the password the link's owner chose; see the class comment for what else happens. */
    @Transactional
    public void use(String token, char[] password, char[] again, String clientAddress) {
        PasswordReset reset = find(token, LockModeType.PESSIMISTIC_WRITE)
                .filter(r -> r.usable(Instant.now()))
                .orElseThrow(() -> new BusinessException("reset.invalid"));
        Account account = accountRepository.find(reset.accountId())
                .orElseThrow(() -> new BusinessException("reset.invalid"));
        boolean recovery = reset.purpose() == PasswordReset.Purpose.RECOVERY;
        if (!account.isEnabled() && !recovery) {
            throw new BusinessException("reset.invalid");
        }
        PasswordRules.check(password, again);
        accounts.replacePassword(account.getId(), password);
        sessions.endAll(account.getId());
        revokeAll(account.getId());
        Actor actor = new Actor(account.getId(), account.getUsername(), account.getRole(), clientAddress);
        if (recovery) {
            accounts.enableForRecovery(account.getId(), actor);
            twoFactor.revoke(account.getId(), actor);
            audit.record(actor, "account.recovery.use", "account", account.getId(), null);
            notices.send(account, "notice.recovery");
        } else {
            audit.record(actor, "account.password.reset", "account", account.getId(), null);
            notices.send(account, "notice.reset");
        }
    }

    /** Every link of the account stops working (after a reset, and in a lock-down). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revokeAll(long accountId) {
        return links.deleteAll(accountId);
    }

    private Optional<PasswordReset> find(String token, LockModeType lock) {
        return links.byTokenHash(OneTimeToken.hash(token), lock);
    }
}
