package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;
import org.barta.accounts.sessions.AccountSessions;
import org.barta.platform.BusinessException;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Creates accounts and changes who they are; every rule about who may exist, with which role and password, lives
 * here.
 */
@ApplicationScoped
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    FirstRunSetup firstRun;

    @Inject
    AuditLog audit;

    @Inject
    AccountSessions sessions;

    @Inject
    CredentialNotices notices;

    @Inject
    MetricRegistry metrics;

    /** Creates the first administrator, once, for the holder of the setup token. */
    @Transactional
    public Account createFirstAdministrator(String token, String username, String displayName, String email,
                                            char[] password) {
        if (!firstRun.isOpen()) {
            throw new BusinessException("setup.closed");
        }
        if (!firstRun.accepts(token)) {
            throw new BusinessException("setup.badToken");
        }
        Account admin = create(username, displayName, email, password, Role.ADMIN);
        audit.record(new Actor(admin.getId(), admin.getUsername(), Role.ADMIN, null), "account.setup", "account",
                admin.getId(), "first administrator");
        return admin;
    }

    /**
     * The account an accepted invitation makes, with the password its owner just chose. Only
     * {@code InvitationService} calls this, inside its transaction, once it has checked the invitation.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Account createInvited(String username, String displayName, String email, char[] password, Role role) {
        return create(username, displayName, email, password, role);
    }

    /** The username an invitation will create, checked now so the administrator hears of a bad one at once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String availableUsername(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(normalized).matches()) {
            throw new BusinessException("account.username.invalid");
        }
        if (accounts.findByUsername(normalized).isPresent()) {
            throw new BusinessException("account.username.taken");
        }
        return normalized;
    }

    /**
     * A new password chosen by the account's owner (a change, a reset or a recovery; the caller has checked the
     * right to set it and audits why): the rules, a new hash, no "must change" any more, and the session generation
     * moves on so that every session signed in before ends. Returns the account, at its new generation.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Account replacePassword(long accountId, char[] password) {
        PasswordRules.check(password);
        Account account = accounts.find(accountId).orElseThrow(() -> new BusinessException("account.notFound"));
        account.replacePassword(hashing.hash(password));
        return account;
    }

    /**
     * Administrators change an account's role. Its sessions end, so that the new role is the one it signs in with;
     * the last enabled administrator keeps the role. The owner is told by mail.
     */
    @Transactional
    public void changeRole(long accountId, Role role, Actor actor) {
        requireAdministrator(actor);
        if (role == null) {
            throw new BusinessException("account.role.missing");
        }
        Account account = accounts.find(accountId).orElseThrow(() -> new BusinessException("account.notFound"));
        if (account.getRole() == role) {
            return;
        }
        requireAnotherAdministrator(account);
        Role before = account.getRole();
        account.setRole(role);
        account.endSessions();
        sessions.endAll(account.getId());
        audit.record(actor, "account.role", "account", accountId, account.getUsername() + ": " + before + " -> " + role);
        notices.send(account, "notice.role", "role." + role);
    }

    /**
     * Administrators disable accounts (and enable them again); nobody can lock themselves out. Disabling also ends
     * every session of the account at its next request.
     */
    @Transactional
    public void setEnabled(long accountId, boolean enabled, Actor actor) {
        requireAdministrator(actor);
        Account account = accounts.find(accountId).orElseThrow(() -> new BusinessException("account.notFound"));
        if (!enabled && account.getId().equals(actor.accountId())) {
            throw new BusinessException("account.cannotDisableSelf");
        }
        if (!enabled) {
            requireAnotherAdministrator(account);
        }
        account.setEnabled(enabled);
        if (!enabled) {
            account.endSessions();
            sessions.endAll(account.getId());
        }
        audit.record(actor, enabled ? "account.enable" : "account.disable", "account", accountId,
                account.getUsername());
    }

    /** Administrators end every session of an account, e.g. when a device is lost; the account stays usable. */
    @Transactional
    public void endSessions(long accountId, Actor actor) {
        requireAdministrator(actor);
        Account account = accounts.find(accountId).orElseThrow(() -> new BusinessException("account.notFound"));
        account.endSessions();
        sessions.endAll(account.getId());
        audit.record(actor, "account.sessions.end", "account", accountId, account.getUsername());
    }

    /**
     * Administrators make someone choose a new password (one seen over a shoulder, shared, found in a leak): every
     * session of the account ends, and its next sign-in goes to the password page until it has a new one.
     */
    @Transactional
    public void requireNewPassword(long accountId, Actor actor) {
        requireAdministrator(actor);
        Account account = accounts.find(accountId).orElseThrow(() -> new BusinessException("account.notFound"));
        account.requireNewPassword();
        sessions.endAll(account.getId());
        audit.record(actor, "account.password.require-new", "account", accountId, account.getUsername());
        notices.send(account, "notice.passwordRequired");
    }

    /** The account part of an emergency lock-down: disabled and every session ended, recorded as a lock-down. */
    @Transactional
    public void lockDown(long accountId, Actor actor) {
        requireAdministrator(actor);
        Account account = accounts.find(accountId).orElseThrow(() -> new BusinessException("account.notFound"));
        if (account.getId().equals(actor.accountId())) {
            throw new BusinessException("account.cannotDisableSelf");
        }
        requireAnotherAdministrator(account);
        account.setEnabled(false);
        account.endSessions();
        sessions.endAll(account.getId());
        audit.record(actor, "account.lockdown", "account", accountId, account.getUsername());
    }

    /** An administrator's recovery (see {@code AdministratorRecovery}) enables their account, if it was disabled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enableForRecovery(long accountId, Actor actor) {
        Account account = accounts.find(accountId).orElseThrow(() -> new BusinessException("account.notFound"));
        if (!account.isEnabled()) {
            account.setEnabled(true);
            audit.record(actor, "account.enable", "account", accountId, "recovery");
        }
    }

    /** "Sign out everywhere": anyone ends all their own sessions, this one included. */
    @Transactional
    public void signOutEverywhere(Actor actor) {
        Account account = accounts.find(actor.accountId()).orElseThrow(() -> new BusinessException("account.notFound"));
        account.endSessions();
        sessions.endAll(account.getId());
        audit.record(actor, "account.sessions.end-own", "account", account.getId(), account.getUsername());
    }

    /**
     * The generation a session of this account must hold to stay signed in; empty when the account is disabled or
     * gone. Read from the database on every admin request, never from a cache, so an ended session cannot outlive
     * the change on any instance.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.OptionalInt sessionGeneration(long accountId) {
        return accounts.currentSessionGeneration(accountId);
    }

    /**
     * Sign-in attempts go into the audit log, successful or not, and are counted per outcome on this instance:
     * {@code barta_sign_ins_total{outcome}} on {@code /metrics} (success, failure, password, blocked, ...).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSignIn(String username, String remoteAddress, String outcome) {
        metrics.counter("barta_sign_ins", new Tag("outcome", outcome)).inc();
        Long id = accounts.findByUsername(username).map(Account::getId).orElse(null);
        Role role = accounts.findByUsername(username).map(Account::getRole).orElse(Role.AUTHOR);
        String shown = username == null || username.isBlank() ? "?" : username.substring(0, Math.min(64, username.length()));
        audit.record(new Actor(id, shown, role, remoteAddress),
                "account.signin." + outcome, "account", id, null);
    }

    /** An editor's choice of admin UI language. */
    @Transactional
    public void setPreferredLanguage(long accountId, String languageCode) {
        accounts.find(accountId).ifPresent(account -> account.setPreferredLanguage(languageCode));
    }

    /** Everyone with an account, for choosing an author in filters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<Account> staff() {
        return accounts.all();
    }

    /** The name colleagues know an account by (its display name); empty for an unknown account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<String> displayName(long accountId) {
        return accounts.find(accountId).map(Account::getDisplayName);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Account> byUsername(String username) {
        return accounts.findByUsername(username);
    }

    /** Whether the account must choose a new password before anything else (see {@code SessionGuard}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mustChangePassword(long accountId) {
        return accounts.find(accountId).map(Account::isMustChangePassword).orElse(false);
    }

    /** The site is never left without an enabled administrator: nobody could then manage accounts. */
    private void requireAnotherAdministrator(Account account) {
        if (account.getRole() == Role.ADMIN && account.isEnabled() && accounts.enabledAdministratorsLocked() <= 1) {
            throw new BusinessException("account.lastAdministrator");
        }
    }

    private static void requireAdministrator(Actor actor) {
        if (actor == null || actor.role() != Role.ADMIN) {
            throw new BusinessException("account.forbidden");
        }
    }

    private Account create(String username, String displayName, String email, char[] password, Role role) {
        String normalized = availableUsername(username);
        PasswordRules.check(password);
        Account account = new Account(normalized, displayName.strip(), blankToNull(email), hashing.hash(password),
                role);
        accounts.add(account);
        return account;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
