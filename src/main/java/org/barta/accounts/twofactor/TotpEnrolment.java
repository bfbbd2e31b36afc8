package org.barta.accounts.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account's confirmed authenticator app: its secret, encrypted, and the newest step used. */
@Entity
@Table(name = "totp_enrolment")
public class TotpEnrolment {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "secret_ciphertext", nullable = false, length = 96)
    private byte[] secretCiphertext;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    protected TotpEnrolment() {
    }

    TotpEnrolment(long accountId, byte[] secretCiphertext, long lastUsedStep) {
        this.accountId = accountId;
        this.secretCiphertext = secretCiphertext;
        this.lastUsedStep = lastUsedStep;
        this.enrolledAt = Instant.now();
    }

    byte[] secretCiphertext() {
        return secretCiphertext;
    }

    long lastUsedStep() {
        return lastUsedStep;
    }
}
