package org.barta.accounts.passwords;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The way back in for an administrator who is locked out (lost password, lost second factor, or the only
 * administrator and disabled), for whoever can start the server: with {@code BARTA_RECOVER_ADMIN=<username>} the
 * server prints a one-time link, valid 30 minutes, to its log and nowhere else. It sets a new password, removes the
 * second factor (enrolled again at the next sign-in) and enables the account. There is no default password; the
 * issue and the use are both in the audit log. Remove the setting once in: every start with it prints a new link.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdministratorRecovery {

    private static final Logger LOG = Logger.getLogger(AdministratorRecovery.class.getName());

    @Inject
    PasswordResets resets;

    @Inject
    @ConfigProperty(name = "barta.recover-admin")
    Optional<String> username;

    @PostConstruct
    void announce() {
        username.filter(name -> !name.isBlank()).ifPresent(name -> resets.recoveryLink(name).ifPresentOrElse(
                link -> LOG.warning(() -> "BARTA_RECOVER_ADMIN: administrator " + name
                        + " sets a new password within 30 minutes at " + link),
                () -> LOG.severe(() -> "BARTA_RECOVER_ADMIN names no administrator: " + name)));
    }
}
