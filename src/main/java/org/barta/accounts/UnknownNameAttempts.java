package org.barta.accounts;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The sign-in backoff of names that are no account, in this instance's memory. Unknown names are slowed exactly
 * like accounts, so that "too many attempts" does not tell which names exist. Names are compared roughly as the
 * database collation compares them (case and accents ignored). Bounded without forgetting a run that has not
 * expired: when full, expired runs are dropped, and if none has, further new names share one overflow entry.
 */
class UnknownNameAttempts {

    static final int DEFAULT_MAX_NAMES = 100_000;
    private static final String OVERFLOW = "\u0000overflow";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final int maxNames;
    private final Map<String, SignInBackoff> runs = new ConcurrentHashMap<>();

    UnknownNameAttempts() {
        this(DEFAULT_MAX_NAMES);
    }

    UnknownNameAttempts(int maxNames) {
        this.maxNames = maxNames;
    }

    /** Starts an attempt for the name unless its backoff forbids one now; false means "refuse". */
    boolean tryStart(String name, Instant now) {
        boolean[] started = {false};
        runs.compute(keyFor(normalize(name), now), (key, backoff) -> {
            SignInBackoff current = backoff == null ? SignInBackoff.NONE : backoff;
            if (!current.allows(now)) {
                return current;
            }
            started[0] = true;
            return current.afterAttempt(now);
        });
        return started[0];
    }

    int trackedNames() {
        return runs.size();
    }

    static String normalize(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private String keyFor(String name, Instant now) {
        if (runs.containsKey(name) || runs.size() < maxNames) {
            return name;
        }
        runs.entrySet().removeIf(entry -> entry.getValue().expired(now));
        return runs.size() < maxNames ? name : OVERFLOW;
    }
}
