package org.barta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.naming.InitialContext;
import org.barta.accounts.Account;
import org.barta.accounts.AccountRepository;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.PasswordHashing;
import org.barta.accounts.Role;

/**
 * In-container tests act as real accounts, stored on first use through the account repository with a known
 * password. The application itself makes accounts only from invitations, whose passwords only their owners know.
 */
public final class TestActors {

    public static final String PASSWORD = "a long enough password";

    private TestActors() {
    }

    public static Actor ensure(AccountService accounts, String username, Role role) {
        Account account = accounts.byUsername(username).orElseGet(() -> create(username, role));
        return new Actor(account.getId(), account.getUsername(), account.getRole(), "127.0.0.1");
    }

    private static Account create(String username, Role role) {
        try {
            UserTransaction transaction = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
            transaction.begin();
            try {
                Account account = new Account(username, username, null,
                        CDI.current().select(PasswordHashing.class).get().hash(PASSWORD.toCharArray()), role);
                CDI.current().select(AccountRepository.class).get().add(account);
                transaction.commit();
                return account;
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException("Test account " + username + " was not stored", e);
        }
    }

    /** A client signed in through the login form as this test account (made with {@link #PASSWORD}). */
    public static WebClient signedIn(URL base, String username) throws Exception {
        WebClient client = new WebClient(base.toURI());
        HttpResponse<String> signIn = client.submit("/login", "login",
                Map.of("username", username, "password", PASSWORD), "submit");
        assertThat(signIn.statusCode()).as("sign-in of " + username).isEqualTo(302);
        return client;
    }
}
