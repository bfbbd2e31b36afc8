package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;
import org.barta.accounts.sessions.AccountSessions;
import org.barta.platform.BusinessException;

/** Creates accounts; every rule about who may exist and with which password lives here. */
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

    /** Administrators create editorial accounts. */
    @Transactional
    public Account createAccount(String username, String displayName, String email, char[] password, Role role,
                                 Actor actor) {
        requireAdministrator(actor);
        Account account = create(username, displayName, email, password, role);
        audit.record(actor, "account.create", "account", account.getId(), account.getUsername() + " as " + role);
        return account;
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

    /** The account part of an emergency lock-down: disabled and every session ended, recorded as a lock-down. */
    @Transactional
    public void lockDown(long accountId, Actor actor) {
        requireAdministrator(actor);
        Account account = accounts.find(accountId).orElseThrow(() -> new BusinessException("account.notFound"));
        if (account.getId().equals(actor.accountId())) {
            throw new BusinessException("account.cannotDisableSelf");
        }
        account.setEnabled(false);
        account.endSessions();
        sessions.endAll(account.getId());
        audit.record(actor, "account.lockdown", "account", accountId, account.getUsername());
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

    /** Sign-in attempts go into the audit log, successful or not. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSignIn(String username, String remoteAddress, String outcome) {
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Account> byUsername(String username) {
        return accounts.findByUsername(username);
    }

    private static void requireAdministrator(Actor actor) {
        if (actor == null || actor.role() != Role.ADMIN) {
            throw new BusinessException("account.forbidden");
        }
    }

    private Account create(String username, String displayName, String email, char[] password, Role role) {
        String normalized = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(normalized).matches()) {
            throw new BusinessException("account.username.invalid");
        }
        if (password == null || password.length < PasswordHashing.MIN_PASSWORD_LENGTH) {
            throw new BusinessException("account.password.tooShort", PasswordHashing.MIN_PASSWORD_LENGTH);
        }
        if (accounts.findByUsername(normalized).isPresent()) {
            throw new BusinessException("account.username.taken");
        }
        Account account = new Account(normalized, displayName.strip(), blankToNull(email), hashing.hash(password),
                role);
        accounts.add(account);
        return account;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
