package org.barta.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * There is no default password. While no administrator exists, the server prints a one-time setup link at
 * start-up; whoever holds it creates the first administrator at {@code /setup}. The token is random unless
 * {@code BARTA_SETUP_TOKEN} fixes it (the run profile and the tests do, to drive the page themselves).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FirstRunSetup {

    private static final Logger LOG = Logger.getLogger(FirstRunSetup.class.getName());
    private static final int TOKEN_BYTES = 24;

    @Inject
    AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "barta.setup.token")
    Optional<String> configuredToken;

    @Inject
    @ConfigProperty(name = "barta.base-url", defaultValue = "http://127.0.0.1:8080")
    String baseUrl;

    private volatile String token;

    @PostConstruct
    void announce() {
        if (!isOpen()) {
            return;
        }
        token = configuredToken.filter(t -> !t.isBlank()).orElseGet(FirstRunSetup::randomToken);
        LOG.warning(() -> "No administrator account exists yet. Create one at " + setupLink());
    }

    /** True while the site has no administrator. */
    public boolean isOpen() {
        return !accounts.anyWithRole(Role.ADMIN);
    }

    public String setupLink() {
        return baseUrl.replaceAll("/+$", "") + "/setup?token=" + token;
    }

    /** Compares in constant time so the token cannot be guessed from response times. */
    public boolean accepts(String candidate) {
        String expected = token;
        if (expected == null || candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
