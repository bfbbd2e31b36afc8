package org.barta.accounts.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.barta.accounts.Account;
import org.barta.accounts.AccountRepository;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.accounts.Role;
import org.barta.accounts.SessionLifetime;
import org.barta.platform.BusinessException;

/**
 * Every signed-in session has a row ({@code account_session}), made at sign-in under a random key that the HTTP
 * session holds (never the container's session id) and removed when the session ends: sign-out, expiry, the
 * absolute lifetime, or being ended by its owner or an administrator, by disabling, "End sessions", "Sign out
 * everywhere" or the lock-down. The session guard reads the row on every admin request, so a session ended here
 * ends on whichever instance it lives at its next request. Its owner sees the list (device, address, signed in,
 * last seen) and ends any other one; administrators see and end anyone's. Last seen is written at most once a
 * minute per session ({@link #lastSeenDue}), not on every request.
 *
 * <p>A row can outlive its session only when an instance dies with sessions in memory: rows idle longer than the
 * session timeout, or older than the absolute lifetime, are never listed, and are deleted at the next sign-in.
 */
@ApplicationScoped
public class AccountSessions {

    static final Duration LAST_SEEN_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountSessionRepository rows;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    SessionLifetime lifetime;

    /** Records a new session and returns its key; rows of sessions long gone are cleared on the way. */
    @Transactional
    public String begin(long accountId, int generation, Device device, String clientAddress, Instant now,
                        Duration idleTimeout) {
        rows.deleteIdleSince(idleCutoff(now, idleTimeout), now.minus(lifetime.maximum()));
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        String address = clientAddress == null ? "?" : clientAddress.substring(0, Math.min(45, clientAddress.length()));
        rows.add(new AccountSession(key, accountId, generation, device, address, now));
        return key;
    }

    /**
     * Whether the session with this key still counts: its row exists, for this account, which is enabled and still
     * at the generation the session signed in with. One read, from the database, on every admin request.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean active(String key, long accountId, int generation) {
        if (key == null) {
            return false;
        }
        return rows.generationsOfEnabledHolder(key, accountId).anyMatch(current -> current == generation);
    }

    /** Whether a session whose last seen was written at {@code written} should write it again at {@code now}. */
    public static boolean lastSeenDue(Instant written, Instant now) {
        return written == null || !now.isBefore(written.plus(LAST_SEEN_EVERY));
    }

    @Transactional
    public void seen(String key, Instant now) {
        rows.seen(key, now);
    }

    /** The session ended by itself (sign-out, expiry, the guard): its row goes. */
    @Transactional
    public void ended(String key) {
        if (key != null) {
            rows.delete(key);
        }
    }

    /** Every session of the account ends; the caller audits why (disabled, lock-down, "End sessions", …). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endAll(long accountId) {
        rows.deleteAll(accountId);
    }

    /**
     * After its owner changed their password in this session: every other session of the account ends, and this
     * one's row moves to the account's new generation so that it is still listed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepOnly(long accountId, String key, int generation) {
        String kept = Optional.ofNullable(key).orElse("");
        rows.deleteAllBut(accountId, kept);
        rows.moveToGeneration(kept, generation);
    }

    /** The account whose sessions are shown: one's own, or anyone's for an administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Account owner(long accountId, Actor reader) {
        requireOwnOrAdministrator(accountId, reader);
        return accounts.find(accountId).orElseThrow(() -> new BusinessException("account.notFound"));
    }

    /** The account's active sessions, newest first; {@code currentKey} marks the one the reader is using. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionRow> of(long accountId, Actor reader, String currentKey, Instant now, Duration idleTimeout) {
        requireOwnOrAdministrator(accountId, reader);
        return rows.active(accountId, idleCutoff(now, idleTimeout), now.minus(lifetime.maximum())).stream()
                .map(s -> new SessionRow(s, s.id().equals(currentKey)))
                .toList();
    }

    /**
     * Ends one session of the account, by its owner or an administrator: it is signed out at its next request.
     * False when it had already ended.
     */
    @Transactional
    public boolean end(long accountId, SessionRow session, Actor actor) {
        requireOwnOrAdministrator(accountId, actor);
        int removed = rows.delete(session.key(), accountId);
        if (removed == 0) {
            return false;
        }
        audit.record(actor, "account.session.end", "account", accountId, describe(session));
        return true;
    }

    /** Its owner ends every session of the account but the one in use. Returns how many ended. */
    @Transactional
    public int endOthers(Actor actor, String currentKey) {
        int removed = rows.deleteAllBut(actor.accountId(), Optional.ofNullable(currentKey).orElse(""));
        audit.record(actor, "account.sessions.end-others", "account", actor.accountId(), removed + " ended");
        return removed;
    }

    private Instant idleCutoff(Instant now, Duration idleTimeout) {
        // Without an idle timeout (zero or less), only the absolute lifetime ends a session.
        Duration idle = idleTimeout.isNegative() || idleTimeout.isZero() ? lifetime.maximum() : idleTimeout;
        // Last seen is up to a minute behind; a session idle for exactly the timeout may still be alive.
        return now.minus(idle).minus(LAST_SEEN_EVERY);
    }

    private static String describe(SessionRow session) {
        Device device = session.getDevice();
        return (device.browser() == null ? "?" : device.browser()) + " on "
                + (device.platform() == null ? "?" : device.platform()) + " from " + session.getClientAddress()
                + ", signed in " + session.getSignedInAt();
    }

    private static void requireOwnOrAdministrator(long accountId, Actor actor) {
        if (actor == null || !(actor.owns(accountId) || actor.role() == Role.ADMIN)) {
            throw new BusinessException("account.forbidden");
        }
    }
}
