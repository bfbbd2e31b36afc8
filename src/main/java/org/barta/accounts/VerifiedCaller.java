package org.barta.accounts;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/**
 * A caller whose password, and second factor where one is needed, the sign-in pages have checked. Only server
 * code can make one, and {@link FormSignIn} accepts nothing else, so no request signs in with a password alone.
 */
public record VerifiedCaller(String username, Set<String> groups) implements Credential {
}
