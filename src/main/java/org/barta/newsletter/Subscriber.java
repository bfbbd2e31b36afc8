package org.barta.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.barta.content.Language;

/** A newsletter subscriber, with the consent they gave and where they stand. */
@Entity
@Table(name = "subscriber")
public class Subscriber {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(length = 200)
    private String name;

    @Column(nullable = false, length = 2)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubscriberStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubscriptionSource source;

    @Column(name = "link_nonce", nullable = false, length = 22)
    private String linkNonce;

    /** The one "my data" link that may still be used; null when none. */
    @Column(name = "data_link_nonce", length = 22)
    private String dataLinkNonce;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_address", length = 64)
    private String consentAddress;

    @Column(name = "consent_text_version", length = 32)
    private String consentTextVersion;

    @Column(name = "consent_note", length = 300)
    private String consentNote;

    @Column(name = "confirmation_sent_at")
    private Instant confirmationSentAt;

    @Version
    private int version;

    protected Subscriber() {
    }

    Subscriber(String email, String name, Language language, SubscriptionSource source) {
        this.email = email;
        this.name = name;
        this.language = language;
        this.source = source;
        this.status = SubscriberStatus.PENDING;
        this.createdAt = Instant.now();
        this.linkNonce = newNonce();
    }

    /** A sign-up through the form: pending until the address confirms; the consent given is recorded. */
    void requestConfirmation(String name, Language language, Instant at, String fromAddress, String textVersion) {
        if (name != null) {
            this.name = name;
        }
        this.language = language;
        this.consentAt = at;
        this.consentAddress = fromAddress;
        this.consentTextVersion = textVersion;
        if (status != SubscriberStatus.PENDING) {
            status = SubscriberStatus.PENDING;
            linkNonce = newNonce();
        }
    }

    /**
     * An editor vouches for the address: the consent is recorded as theirs ({@code note}). A confirmed address
     * is subscribed at once; a pending one waits for the confirmation mail like a sign-up.
     */
    static Subscriber addedByEditor(String email, String name, Language language, boolean confirmed, Instant at,
                                    String note) {
        Subscriber subscriber = new Subscriber(email, name, language, SubscriptionSource.ADMIN);
        subscriber.createdAt = at;
        subscriber.consentAt = at;
        subscriber.consentNote = note;
        if (confirmed) {
            subscriber.confirm(at);
        }
        return subscriber;
    }

    void rename(String name) {
        this.name = name;
    }

    void confirm(Instant at) {
        status = SubscriberStatus.CONFIRMED;
        confirmedAt = at;
        unsubscribedAt = null;
    }

    void unsubscribe(Instant at) {
        status = SubscriberStatus.UNSUBSCRIBED;
        unsubscribedAt = at;
    }

    /**
     * The address bounced for good or its owner reported our mail as spam: it never receives mail again. A
     * complaint is the stronger reason and is never replaced by a bounce.
     */
    public void suppress(SubscriberStatus reason) {
        if (!reason.isSuppressed()) {
            throw new IllegalArgumentException(reason + " does not suppress");
        }
        if (status != SubscriberStatus.COMPLAINED) {
            status = reason;
        }
    }

    void changeLanguage(Language language) {
        this.language = language;
    }

    void confirmationSent(Instant at) {
        confirmationSentAt = at;
    }

    /** A new "my data" link replaces any earlier one. */
    String newDataLinkNonce() {
        dataLinkNonce = newNonce();
        return dataLinkNonce;
    }

    /** The "my data" link has been used: it works once. */
    void dataLinkUsed() {
        dataLinkNonce = null;
    }

    String getDataLinkNonce() {
        return dataLinkNonce;
    }

    static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public Language getLanguage() {
        return language;
    }

    public SubscriberStatus getStatus() {
        return status;
    }

    public SubscriptionSource getSource() {
        return source;
    }

    public String getLinkNonce() {
        return linkNonce;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentAddress() {
        return consentAddress;
    }

    public String getConsentTextVersion() {
        return consentTextVersion;
    }

    public String getConsentNote() {
        return consentNote;
    }

    public Instant getConfirmationSentAt() {
        return confirmationSentAt;
    }
}
