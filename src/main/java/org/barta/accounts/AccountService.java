package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;
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
        return create(username, displayName, email, password, Role.ADMIN);
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
