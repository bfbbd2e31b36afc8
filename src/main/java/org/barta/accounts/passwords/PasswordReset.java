package org.barta.accounts.passwords;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.barta.accounts.OneTimeToken;

/** A single-use link that sets an account's password: see {@link PasswordResets}. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    /** A mailed "forgotten password" link, or an administrator's recovery link from the server log. */
    public enum Purpose { RESET, RECOVERY }

    static final Duration VALIDITY = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected PasswordReset() {
    }

    PasswordReset(long accountId, Purpose purpose, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = OneTimeToken.expiry(now, VALIDITY);
    }

    long accountId() {
        return accountId;
    }

    Purpose purpose() {
        return purpose;
    }

    boolean usable(Instant now) {
        return OneTimeToken.unexpired(expiresAt, now);
    }
}
