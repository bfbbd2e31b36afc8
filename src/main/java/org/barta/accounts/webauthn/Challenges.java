package org.barta.accounts.webauthn;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The challenges one browser session is waiting to have signed, kept in its HTTP session (so bound to it): one per
 * purpose, a new one replacing the old. Taking a challenge removes it whatever happens next, so each is checked
 * once; an expired one, or one issued for another account, is taken and found wanting.
 */
public final class Challenges implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The session attribute holding them. */
    public static final String ATTRIBUTE = Challenges.class.getName();

    private final Map<Challenge.Purpose, Challenge> pending = new EnumMap<>(Challenge.Purpose.class);

    public synchronized Challenge issue(Challenge.Purpose purpose, long accountId, Instant now) {
        Challenge challenge = Challenge.fresh(purpose, accountId, now);
        pending.put(purpose, challenge);
        return challenge;
    }

    public synchronized Optional<Challenge> take(Challenge.Purpose purpose, long accountId, Instant now) {
        Challenge challenge = pending.remove(purpose);
        return Optional.ofNullable(challenge).filter(c -> c.accountId() == accountId && c.isValidAt(now));
    }
}
