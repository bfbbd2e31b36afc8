package org.barta.accounts.webauthn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A security key or passkey registered as an account's second factor: what is needed to check its signatures. */
@Entity
@Table(name = "security_key")
public class SecurityKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "credential_id", nullable = false, length = 1023)
    private byte[] credentialId;

    @Column(name = "public_key", nullable = false, length = 2048)
    private byte[] publicKey;

    @Column(name = "user_handle", nullable = false, length = 64)
    private byte[] userHandle;

    @Column(name = "sign_count", nullable = false)
    private long signCount;

    @Column(name = "backup_eligible", nullable = false)
    private boolean backupEligible;

    @Column(name = "transports", length = 100)
    private String transports;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected SecurityKey() {
    }

    SecurityKey(long accountId, byte[] credentialId, byte[] publicKey, byte[] userHandle, long signCount,
                boolean backupEligible, String transports, String name, Instant createdAt) {
        this.accountId = accountId;
        this.credentialId = credentialId.clone();
        this.publicKey = publicKey.clone();
        this.userHandle = userHandle.clone();
        this.signCount = signCount;
        this.backupEligible = backupEligible;
        this.transports = transports;
        this.name = name;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    byte[] credentialId() {
        return credentialId.clone();
    }

    byte[] publicKey() {
        return publicKey.clone();
    }

    byte[] userHandle() {
        return userHandle.clone();
    }

    long signCount() {
        return signCount;
    }

    boolean backupEligible() {
        return backupEligible;
    }

    String transports() {
        return transports;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }
}
