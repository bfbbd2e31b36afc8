package org.barta.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One subscriber in one audience: the consent that put them there (the form's text version and network address,
 * or the editor's note) and their own unsubscribe. Changed only through {@link Subscriber}, which keeps the
 * address's summary status in step.
 */
@Entity
@Table(name = "audience_member")
public class AudienceMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "audience_id", nullable = false)
    private Audience audience;

    @ManyToOne(optional = false)
    @JoinColumn(name = "subscriber_id", nullable = false)
    private Subscriber subscriber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubscriptionSource source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    /** The send whose mail they left from, counted on the sends page; none when they left from the site. */
    @Column(name = "left_with_edition_id")
    private Long leftWithEditionId;

    @Embedded
    private Consent consent;

    protected AudienceMember() {
    }

    AudienceMember(Audience audience, Subscriber subscriber, SubscriptionSource source, Instant at) {
        this.audience = audience;
        this.subscriber = subscriber;
        this.source = source;
        this.status = MemberStatus.PENDING;
        this.createdAt = at;
    }

    /** Consent given on the sign-up form; pending until the address owner confirms. */
    void consentedOnForm(Instant at, String fromAddress, String textVersion) {
        consent = Consent.onForm(at, fromAddress, textVersion);
        status = MemberStatus.PENDING;
        leftWithEditionId = null;
    }

    /** An editor vouches for the consent ({@code note} says who and how). */
    void vouchedFor(Instant at, String note) {
        consent = Consent.onEditorsWord(at, note);
    }

    void confirm(Instant at) {
        status = MemberStatus.CONFIRMED;
        confirmedAt = at;
        unsubscribedAt = null;
        leftWithEditionId = null;
    }

    void leave(Instant at, Long fromEditionId) {
        status = MemberStatus.UNSUBSCRIBED;
        unsubscribedAt = at;
        leftWithEditionId = fromEditionId;
    }

    public boolean isActive() {
        return status == MemberStatus.PENDING || status == MemberStatus.CONFIRMED;
    }

    public Long getId() {
        return id;
    }

    public Audience getAudience() {
        return audience;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public SubscriptionSource getSource() {
        return source;
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

    public Consent getConsent() {
        return Consent.orNone(consent);
    }
}
