package org.barta.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.barta.accounts.sessions.AccountSessions;

/**
 * What a signed-in session remembers of its sign-in, kept in the HTTP session: the account and its session
 * generation, and the key of its row in {@code account_session} ({@link AccountSessions}), so that
 * {@link SessionGuard} can tell when the session must end; and when the person last proved who
 * they are (their second factor, or their password where they have none), which dangerous actions ask about (see
 * {@link Reauthentication}). {@link SignInCompletion} makes it, whatever the sign-in method; a later proof in the
 * same session ({@code /admin/confirm-identity}) calls {@link #proven}.
 */
public final class SignedInSession implements Serializable {

    static final String ATTRIBUTE = SignedInSession.class.getName();
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final int generation;
    private final Instant signedInAt;
    private final String key;
    private volatile Instant provenAt;
    private volatile Instant lastSeenWritten;
    private volatile boolean mustChangePassword;

    SignedInSession(long accountId, int generation, Instant signedInAt, String key, boolean mustChangePassword) {
        this.accountId = accountId;
        this.generation = generation;
        this.signedInAt = signedInAt;
        this.key = key;
        this.lastSeenWritten = signedInAt;
        this.mustChangePassword = mustChangePassword;
    }

    /**
     * This session after its owner changed the password in it: at the account's new generation (every other session
     * ended), with nothing more to change, the rest as it was.
     */
    SignedInSession afterPasswordChange(int newGeneration) {
        SignedInSession changed = new SignedInSession(accountId, newGeneration, signedInAt, key, false);
        changed.provenAt = provenAt;
        changed.lastSeenWritten = lastSeenWritten;
        return changed;
    }

    /** Someone else chose the password: nothing but {@code /admin/password} until its owner chooses one. */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The session of this request's signed-in person; empty when nobody is signed in (no session is made). */
    public static Optional<SignedInSession> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SignedInSession signedIn
                ? Optional.of(signedIn) : Optional.empty();
    }

    /**
     * The person proved who they are at {@code when}, in this session: at sign-in, and again each time
     * {@code /admin/confirm-identity} accepts a code or password. A sign-in method of its own (WebAuthn) gets this
     * by finishing through {@link SignInCompletion}.
     */
    public void proven(Instant when) {
        provenAt = when;
    }

    public Instant provenAt() {
        return provenAt;
    }

    public long accountId() {
        return accountId;
    }

    int generation() {
        return generation;
    }

    Instant signedInAt() {
        return signedInAt;
    }

    /** The random key of the session's row in {@code account_session}: not the container's session id. */
    String key() {
        return key;
    }

    /** Whether this request should write "last seen" (at most once a minute); if so, it counts as written now. */
    boolean lastSeenDue(Instant now) {
        if (!AccountSessions.lastSeenDue(lastSeenWritten, now)) {
            return false;
        }
        lastSeenWritten = now;
        return true;
    }

    /** Stores it in the session again, so that a session store that copies attributes sees the change. */
    void saveIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }
}
