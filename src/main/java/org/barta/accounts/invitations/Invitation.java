package org.barta.accounts.invitations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.barta.accounts.OneTimeToken;
import org.barta.accounts.Role;

/** A person invited to have an account; the account exists only once they accept. See {@link InvitationService}. */
@Entity
@Table(name = "account_invitation")
public class Invitation {

    /** What a link to this invitation can still do. */
    public enum State { PENDING, USED, EXPIRED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "account_id")
    private Long accountId;

    protected Invitation() {
    }

    Invitation(String username, String displayName, String email, Role role, Long invitedBy) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.invitedBy = invitedBy;
    }

    /** A new link: the one before stops working, and the invitation runs for its full time again. */
    void newToken(String hash, Instant now) {
        this.tokenHash = hash;
        this.createdAt = now;
        this.expiresAt = OneTimeToken.expiry(now, InvitationService.VALIDITY);
    }

    public State state(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return OneTimeToken.unexpired(expiresAt, now) ? State.PENDING : State.EXPIRED;
    }

    void used(long account, Instant now) {
        this.accountId = account;
        this.usedAt = now;
    }

    void revoked(Instant now) {
        this.revokedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** For the accounts page: still usable, or waiting to be sent again or revoked. */
    public boolean isExpired() {
        return state(Instant.now()) == State.EXPIRED;
    }
}
