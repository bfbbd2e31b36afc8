package org.barta.newsletter;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.barta.content.Language;

/**
 * A subscriber's address, with the consent given on the form and where the address stands overall; which
 * audiences it belongs to, each with its own consent and unsubscribe, are its {@link AudienceMember}s.
 */
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

    @Column(length = 200)
    private String organisation;

    /** Role or beat, e.g. "human rights reporter". */
    @Column(length = 100)
    private String beat;

    @Column(length = 100)
    private String district;

    /** ISO 3166-1 alpha-2, upper case. */
    @Column(length = 2)
    private String country;

    /** Lower-case; read only when the profile is asked for (the list pages never need them). */
    @ElementCollection
    @CollectionTable(name = "subscriber_tag", joinColumns = @JoinColumn(name = "subscriber_id"))
    @Column(name = "tag", length = 50)
    private Set<String> tags = new HashSet<>();

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

    /** The latest consent given for the address itself (the form's, or the editor's who added it). */
    @Embedded
    private Consent consent;

    @Column(name = "confirmation_sent_at")
    private Instant confirmationSentAt;

    @OneToMany(mappedBy = "subscriber", cascade = CascadeType.ALL)
    private List<AudienceMember> memberships = new ArrayList<>();

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

    /**
     * A sign-up through the form for these public audiences: each membership not yet confirmed records the consent
     * given and waits for the address owner to confirm; confirmed ones stay as they are.
     */
    void requestConfirmation(Collection<Audience> audiences, String name, Language language, Instant at,
                             String fromAddress, String textVersion) {
        if (name != null) {
            this.name = name;
        }
        this.language = language;
        this.consent = Consent.onForm(at, fromAddress, textVersion);
        for (Audience audience : audiences) {
            AudienceMember member = membershipIn(audience).orElseGet(() -> join(audience, SubscriptionSource.FORM, at));
            if (member.getStatus() != MemberStatus.CONFIRMED) {
                member.consentedOnForm(at, fromAddress, textVersion);
                // A confirmation mail is due again; should the relay refuse it now, the retry job sends it.
                confirmationSentAt = null;
            }
        }
        SubscriberStatus before = status;
        refreshStatus(at);
        if (before == SubscriberStatus.UNSUBSCRIBED && status == SubscriberStatus.PENDING) {
            // Coming back after leaving: links mailed before no longer act for this address.
            linkNonce = newNonce();
        }
    }

    /** True while any membership waits for the address owner's confirmation. */
    public boolean awaitsConfirmation() {
        return memberships.stream().anyMatch(m -> m.getStatus() == MemberStatus.PENDING);
    }

    /** The names of the audiences waiting for the address owner's confirmation, in this language. */
    public List<String> awaitingConfirmation(Language in) {
        return getMemberships().stream().filter(m -> m.getStatus() == MemberStatus.PENDING)
                .map(m -> m.getAudience().name(in)).toList();
    }

    /** True when the form asked for a membership that is not confirmed yet. */
    boolean awaitsConfirmation(Collection<Audience> audiences) {
        return audiences.stream().anyMatch(a -> membershipIn(a).map(m -> m.getStatus() != MemberStatus.CONFIRMED)
                .orElse(true));
    }

    /**
     * An editor vouches for the address: the consent is recorded as theirs ({@code note}). A confirmed address
     * is subscribed at once; a pending one waits for the confirmation mail like a sign-up.
     */
    static Subscriber addedByEditor(String email, String name, Language language, Audience audience,
                                    boolean confirmed, Instant at, String note) {
        Subscriber subscriber = new Subscriber(email, name, language, SubscriptionSource.ADMIN);
        subscriber.createdAt = at;
        subscriber.consent = Consent.onEditorsWord(at, note);
        subscriber.addTo(audience, confirmed, at, note);
        return subscriber;
    }

    /**
     * An editor puts this address into one more audience, on their word ({@code note}); unless they have the
     * person's consent, the membership waits for a confirmation mail, which is then due.
     */
    void addTo(Audience audience, boolean confirmed, Instant at, String note) {
        AudienceMember member = membershipIn(audience).orElseGet(() -> join(audience, SubscriptionSource.ADMIN, at));
        member.vouchedFor(at, note);
        if (confirmed) {
            member.confirm(at);
        } else {
            confirmationSentAt = null;
        }
        refreshStatus(at);
    }

    void rename(String name) {
        this.name = name;
    }

    /** The address owner confirmed: every membership waiting for it starts. */
    void confirm(Instant at) {
        memberships.stream().filter(m -> m.getStatus() == MemberStatus.PENDING).forEach(m -> m.confirm(at));
        refreshStatus(at);
    }

    /** Leaves one audience; the others stay. */
    void leave(Audience audience, Instant at) {
        leave(audience, at, null);
    }

    /** Leaves one audience from the mail of this send (edition), which counts it. */
    void leave(Audience audience, Instant at, Long fromEditionId) {
        membershipIn(audience).filter(AudienceMember::isActive).ifPresent(m -> m.leave(at, fromEditionId));
        refreshStatus(at);
    }

    /** Leaves every audience. */
    void unsubscribe(Instant at) {
        memberships.stream().filter(AudienceMember::isActive).forEach(m -> m.leave(at, null));
        refreshStatus(at);
    }

    public Optional<AudienceMember> membershipIn(Audience audience) {
        return memberships.stream().filter(m -> m.getAudience().getCode().equals(audience.getCode())).findFirst();
    }

    /** Every audience this address was ever in, oldest first, with where it stands in each. */
    public List<AudienceMember> getMemberships() {
        return memberships.stream().sorted(Comparator.comparing(AudienceMember::getCreatedAt)).toList();
    }

    private AudienceMember join(Audience audience, SubscriptionSource from, Instant at) {
        AudienceMember member = new AudienceMember(audience, this, from, at);
        memberships.add(member);
        return member;
    }

    /**
     * The address's own status follows its memberships: confirmed while it is confirmed in any audience, pending
     * while it waits for confirmation in any, unsubscribed once it left them all. Suppression is the address's
     * and stays.
     */
    private void refreshStatus(Instant at) {
        if (status.isSuppressed()) {
            return;
        }
        SubscriberStatus next = memberships.stream().anyMatch(m -> m.getStatus() == MemberStatus.CONFIRMED)
                ? SubscriberStatus.CONFIRMED
                : memberships.stream().anyMatch(m -> m.getStatus() == MemberStatus.PENDING)
                ? SubscriberStatus.PENDING : SubscriberStatus.UNSUBSCRIBED;
        if (next == SubscriberStatus.CONFIRMED && status != SubscriberStatus.CONFIRMED) {
            confirmedAt = at;
            unsubscribedAt = null;
        } else if (next == SubscriberStatus.UNSUBSCRIBED && status != SubscriberStatus.UNSUBSCRIBED) {
            unsubscribedAt = at;
        }
        status = next;
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

    /** Replaces the profile with this one (already normalised). */
    void changeProfile(SubscriberProfile profile) {
        organisation = profile.organisation();
        beat = profile.beat();
        district = profile.district();
        country = profile.country();
        tags.retainAll(profile.tags());
        tags.addAll(profile.tags());
    }

    /** Fills the empty profile fields and adds the tags of {@code more}; nothing already known is replaced. */
    void completeProfile(SubscriberProfile more) {
        if (!more.isEmpty()) {
            changeProfile(getProfile().completedBy(more));
        }
    }

    /** The profile, tags in alphabetical order. */
    public SubscriberProfile getProfile() {
        return new SubscriberProfile(organisation, beat, district, country, tags.stream().sorted().toList());
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getBeat() {
        return beat;
    }

    public String getDistrict() {
        return district;
    }

    public String getCountry() {
        return country;
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

    public Consent getConsent() {
        return Consent.orNone(consent);
    }

    public Instant getConfirmationSentAt() {
        return confirmationSentAt;
    }
}
