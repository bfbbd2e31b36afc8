package org.barta.accounts;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.barta.platform.DataSourceConfiguration;

/** The identity store for sign-in ({@link SignInMechanism}): the account table, with PBKDF2 password hashes. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DataSourceConfiguration.JNDI_NAME,
        callerQuery = "select password_hash from account where username = ? and enabled = true",
        groupsQuery = "select role from account where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHashing.ITERATIONS, PasswordHashing.ALGORITHM,
                PasswordHashing.SALT_BYTES, PasswordHashing.KEY_BYTES
        })
@DeclareRoles({"ADMIN", "EDITOR", "AUTHOR"})
@ApplicationScoped
public class SecurityConfiguration {
}
