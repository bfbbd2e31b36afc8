package org.barta.accounts.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed-in session, as stored: see {@link AccountSessions}. */
@Entity
@Table(name = "account_session")
public class AccountSession {

    @Id
    @Column(length = 32)
    private String id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    private int generation;

    @Column(length = 40)
    private String browser;

    @Column(length = 40)
    private String platform;

    @Column(name = "client_address", nullable = false, length = 45)
    private String clientAddress;

    @Column(name = "signed_in_at", nullable = false)
    private Instant signedInAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected AccountSession() {
    }

    AccountSession(String id, long accountId, int generation, Device device, String clientAddress, Instant now) {
        this.id = id;
        this.accountId = accountId;
        this.generation = generation;
        this.browser = device.browser();
        this.platform = device.platform();
        this.clientAddress = clientAddress;
        this.signedInAt = now;
        this.lastSeenAt = now;
    }

    String id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    Device device() {
        return new Device(browser, platform);
    }

    String clientAddress() {
        return clientAddress;
    }

    Instant signedInAt() {
        return signedInAt;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }
}
