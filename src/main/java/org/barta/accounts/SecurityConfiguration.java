package org.barta.accounts;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.barta.platform.DataSourceConfiguration;

/** Form sign-in for {@code /admin/} against the account table, with PBKDF2 password hashes. */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
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
