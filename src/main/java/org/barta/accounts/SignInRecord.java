package org.barta.accounts;

/** What sign-in needs to know of an account: which one a name resolves to, whether it may sign in, its backoff. */
public record SignInRecord(long accountId, boolean enabled, SignInBackoff backoff) {
}
