package org.barta.accounts.webauthn;

/**
 * The rule for an authenticator's signature counter (WebAuthn §6.1.1): once either the stored or the presented count
 * is non-zero, the presented one must be greater than the stored one. A count that does not grow means two copies of
 * the private key are in use (a cloned key) or a signature is replayed: the sign-in is refused. Authenticators that
 * keep no counter (many passkeys) always send 0, and 0 after 0 is accepted.
 */
public final class SignatureCounter {

    private SignatureCounter() {
    }

    public static boolean accepts(long stored, long presented) {
        return presented > stored || (stored == 0 && presented == 0);
    }
}
