package org.barta.accounts.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.accounts.twofactor.TwoFactorService.SecondStep;

/**
 * A sign-in whose password was right but that still owes its second factor (or an enrolment). The session exists
 * from the moment the password is accepted; nobody is signed in until {@link SignInCompletion} runs. It lapses
 * after ten minutes so a half-finished sign-in on a shared computer does not wait for the next person.
 */
@SessionScoped
public class PendingSignIn implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private Long accountId;
    private String username;
    private Role role;
    private Set<String> groups;
    private SecondStep step;
    private Instant since;
    private byte[] newSecret;
    private List<String> recoveryCodes;

    void begin(long accountId, String username, Role role, Set<String> groups, SecondStep step) {
        clear();
        this.accountId = accountId;
        this.username = username;
        this.role = role;
        this.groups = Set.copyOf(groups);
        this.step = step;
        this.since = Instant.now();
    }

    boolean awaits(SecondStep expected) {
        return step == expected && since.plus(LIFETIME).isAfter(Instant.now());
    }

    Actor actor(String remoteAddress) {
        return new Actor(accountId, username, role, remoteAddress);
    }

    long accountId() {
        return accountId;
    }

    String username() {
        return username;
    }

    Set<String> groups() {
        return groups;
    }

    /** The secret offered for enrolment; the same one until enrolment succeeds, so a reload shows the same QR code. */
    byte[] newSecret(Supplier<byte[]> fresh) {
        if (newSecret == null) {
            newSecret = fresh.get();
        }
        return newSecret.clone();
    }

    void enrolled(List<String> codes) {
        newSecret = null;
        recoveryCodes = List.copyOf(codes);
    }

    List<String> recoveryCodes() {
        return recoveryCodes;
    }

    void clear() {
        accountId = null;
        username = null;
        role = null;
        groups = null;
        step = null;
        since = null;
        newSecret = null;
        recoveryCodes = null;
    }
}
