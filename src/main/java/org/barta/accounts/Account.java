package org.barta.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who signs in to the admin UI. The password is only ever held as a PBKDF2 hash. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage = "en";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Version
    private int version;

    protected Account() {
    }

    public Account(String username, String displayName, String email, String passwordHash, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = Instant.now();
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

    public boolean isEnabled() {
        return enabled;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Ends every session signed in before now: they hold an older generation. */
    void endSessions() {
        sessionGeneration++;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    /** Someone else chose the password (an administrator, before invitations): its owner must choose one. */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** An administrator doubts the password (seen, shared, reused): its owner must choose a new one. */
    void requireNewPassword() {
        this.mustChangePassword = true;
        endSessions();
    }

    /** A password its owner chose; every session signed in before it ends. */
    void replacePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        endSessions();
    }

    void setRole(Role role) {
        this.role = role;
    }

    void setPreferredLanguage(String languageCode) {
        if (!"en".equals(languageCode) && !"bn".equals(languageCode)) {
            throw new IllegalArgumentException("Unsupported language " + languageCode);
        }
        this.preferredLanguage = languageCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
