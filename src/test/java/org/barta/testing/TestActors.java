package org.barta.testing;

import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;

/** In-container tests act as real accounts, created on first use through the account service. */
public final class TestActors {

    public static final String PASSWORD = "a long enough password";
    private static final Actor SETUP_ADMIN = new Actor(null, "it-admin", Role.ADMIN, "127.0.0.1");

    private TestActors() {
    }

    public static Actor ensure(AccountService accounts, String username, Role role) {
        Account account = accounts.byUsername(username).orElseGet(() -> accounts.createAccount(username, username,
                null, PASSWORD.toCharArray(), role, SETUP_ADMIN));
        return new Actor(account.getId(), account.getUsername(), account.getRole(), "127.0.0.1");
    }
}
