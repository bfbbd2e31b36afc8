package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.barta.content.Language;
import org.barta.platform.AppSecrets;

/**
 * Double opt-in subscription: sign-up from the site records consent and mails a signed confirmation link;
 * nothing is ever sent to an unconfirmed address. The answer to a sign-up never tells whether the address was
 * already known. Subscribers manage themselves through signed links: language, the audiences they are in and
 * unsubscribe (from one audience, or all) here, their data and erasure through {@link MyDataService}.
 */
@ApplicationScoped
public class SubscriptionService {

    /** Version of the consent text on the sign-up form; recorded with every sign-up. */
    public static final String CONSENT_TEXT_VERSION = "2026-11";
    static final String LINK_KEY = "subscriber-links";
    private static final Logger LOG = Logger.getLogger(SubscriptionService.class.getName());

    /** What the sign-up form should tell the visitor. */
    public enum Outcome {
        /** "Check your inbox", whatever happened behind it. */
        ACCEPTED,
        /** The address is not a valid e-mail address. */
        INVALID,
        /** Too many attempts from this network address. */
        THROTTLED
    }

    @Inject
    SubscriberRepository subscribers;

    @Inject
    AudienceRepository audiences;

    @Inject
    AppSecrets secrets;

    @Inject
    SignupThrottle throttle;

    @Inject
    SubscriberLinkMailer mailer;

    /**
     * A sign-up from the site for the public audiences named by {@code audienceCodes} (codes of private or unknown
     * audiences are ignored; none chosen means the newsletter). Each membership not yet confirmed waits for the
     * confirmation link, even when the address is confirmed in another audience (double opt-in per audience).
     */
    @Transactional
    public Outcome signUp(String email, String name, Language language, Collection<String> audienceCodes,
                          String remoteAddress, boolean honeypotFilled) {
        Instant now = Instant.now();
        if (!throttle.allowSignup(remoteAddress, now)) {
            return Outcome.THROTTLED;
        }
        Optional<String> address = normalize(email);
        if (address.isEmpty()) {
            return Outcome.INVALID;
        }
        if (honeypotFilled) {
            return Outcome.ACCEPTED;
        }
        List<Audience> chosen = chosenPublicAudiences(audienceCodes);
        String cleanName = name == null || name.isBlank() ? null : name.strip().substring(0, Math.min(200, name.strip().length()));
        Subscriber subscriber = subscribers.byEmail(address.get()).orElse(null);
        if (subscriber == null) {
            subscriber = new Subscriber(address.get(), cleanName, language, SubscriptionSource.FORM);
            subscriber.requestConfirmation(chosen, cleanName, language, now, remoteAddress, CONSENT_TEXT_VERSION);
            subscribers.add(subscriber);
        } else if (subscriber.getStatus().isSuppressed() || !subscriber.awaitsConfirmation(chosen)) {
            return Outcome.ACCEPTED;
        } else {
            subscriber.requestConfirmation(chosen, cleanName, language, now, remoteAddress, CONSENT_TEXT_VERSION);
        }
        if (throttle.allowConfirmationMail(subscriber.getEmail(), now)) {
            sendConfirmation(subscriber, now);
        }
        return Outcome.ACCEPTED;
    }

    /**
     * Joining one more public audience from the preferences page: the link may have been forwarded with a
     * newsletter, so the membership waits for the confirmation mail like a sign-up.
     */
    @Transactional
    public boolean join(SignedLink link, long audienceId, String remoteAddress) {
        Optional<Audience> audience = audiences.find(audienceId).filter(Audience::isPublic);
        Optional<Subscriber> found = verified(link, LinkPurpose.PREFERENCES)
                .filter(s -> !s.getStatus().isSuppressed());
        if (audience.isEmpty() || found.isEmpty()) {
            return false;
        }
        Subscriber subscriber = found.get();
        Instant now = Instant.now();
        if (subscriber.awaitsConfirmation(List.of(audience.get()))) {
            subscriber.requestConfirmation(List.of(audience.get()), null, subscriber.getLanguage(), now, remoteAddress,
                    CONSENT_TEXT_VERSION);
            if (throttle.allowConfirmationMail(subscriber.getEmail(), now)) {
                sendConfirmation(subscriber, now);
            }
        }
        return true;
    }

    /** The public audiences anyone may join, for the sign-up form and the preferences page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Audience> publicAudiences() {
        return audiences.publicOnes();
    }

    private List<Audience> chosenPublicAudiences(Collection<String> codes) {
        List<Audience> open = audiences.publicOnes();
        List<Audience> chosen = codes == null ? List.of()
                : open.stream().filter(a -> codes.contains(a.getCode())).toList();
        return chosen.isEmpty() ? open.stream().filter(a -> Audience.NEWSLETTER.equals(a.getCode())).toList() : chosen;
    }

    /**
     * Sends the confirmation mails that could not be sent at sign-up (relay down), while their link would still
     * be valid. Run by {@link ConfirmationRetryJob}; returns how many went out.
     */
    @Transactional
    public int sendMissedConfirmations(int max) {
        Instant now = Instant.now();
        int sent = 0;
        for (Subscriber subscriber : subscribers.awaitingConfirmationMail(
                now.minus(LinkPurpose.CONFIRM.validity()), max)) {
            if (sendConfirmation(subscriber, now)) {
                sent++;
            } else {
                break;
            }
        }
        return sent;
    }

    /** The address owner clicked the link in the confirmation mail. */
    @Transactional
    public Optional<Subscriber> confirm(SignedLink link) {
        Optional<Subscriber> found = verified(link, LinkPurpose.CONFIRM).filter(s -> !s.getStatus().isSuppressed());
        found.ifPresent(s -> s.confirm(Instant.now()));
        return found.filter(s -> s.getStatus() == SubscriberStatus.CONFIRMED);
    }

    /** The pending or confirmed subscriber a confirmation link names, if it verifies; changes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Subscriber> byConfirmationLink(SignedLink link) {
        return verified(link, LinkPurpose.CONFIRM).filter(s -> s.getStatus() == SubscriberStatus.PENDING
                || s.getStatus() == SubscriberStatus.CONFIRMED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Subscriber> byPreferencesLink(SignedLink link) {
        return verified(link, LinkPurpose.PREFERENCES);
    }

    /** The subscriber a newsletter's own links name (preferences or one-click unsubscribe), if they verify. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Subscriber> byNewsletterLink(SignedLink link) {
        return verified(link, LinkPurpose.PREFERENCES).or(() -> verified(link, LinkPurpose.UNSUBSCRIBE));
    }

    /**
     * Takes the subscriber a verified per-recipient address names out of the audiences the mail went to (a press
     * release may go to several): the mailto: of a List-Unsubscribe header, answered by the mail client, which
     * cannot say which one. When that send is no longer known, the request is still honoured, for every audience.
     */
    @Transactional
    public boolean unsubscribeByMail(long subscriberId, long editionId) {
        Instant now = Instant.now();
        return subscribers.find(subscriberId).map(s -> {
            List<Audience> sentTo = audiences.ofSend(editionId);
            if (sentTo.isEmpty()) {
                s.unsubscribe(now);
            }
            sentTo.forEach(a -> s.leave(a, now, editionId));
            return true;
        }).orElse(false);
    }

    @Transactional
    public boolean changeLanguage(SignedLink link, Language language) {
        return verified(link, LinkPurpose.PREFERENCES).map(s -> {
            s.changeLanguage(language);
            return true;
        }).orElse(false);
    }

    /**
     * The one-click link every mail carries (RFC 8058) takes the subscriber out of the audience it names and no
     * other, and records the send whose mail it came with. A link without an audience comes from a newsletter
     * mailed before audiences: it means the newsletter.
     */
    @Transactional
    public boolean unsubscribe(OneClickLink oneClick) {
        byte[] key = secrets.key(LINK_KEY);
        Instant now = Instant.now();
        Optional<Audience> audience = oneClick.audienceId() == null ? audiences.byCode(Audience.NEWSLETTER)
                : audiences.find(oneClick.audienceId());
        SignedLink link = oneClick.link();
        Optional<Subscriber> found = audience.flatMap(a -> subscribers.find(link.subscriberId())
                .filter(s -> link.verify(LinkPurpose.UNSUBSCRIBE, oneClick.signed(s.getLinkNonce()), now, key)));
        found.ifPresent(s -> s.leave(audience.get(), now, oneClick.editionId()));
        return found.isPresent();
    }

    /** Leaves one audience from the preferences page. */
    @Transactional
    public boolean leave(SignedLink link, long audienceId) {
        Optional<Audience> audience = audiences.find(audienceId);
        Optional<Subscriber> found = audience.flatMap(a -> verified(link, LinkPurpose.PREFERENCES));
        found.ifPresent(s -> s.leave(audience.get(), Instant.now()));
        return found.isPresent();
    }

    /** Leaves every audience from the preferences page. */
    @Transactional
    public boolean leaveAll(SignedLink link) {
        Optional<Subscriber> found = verified(link, LinkPurpose.PREFERENCES);
        found.ifPresent(s -> s.unsubscribe(Instant.now()));
        return found.isPresent();
    }

    public SignedLink link(LinkPurpose purpose, Subscriber subscriber) {
        return SignedLink.issue(purpose, subscriber.getId(), subscriber.getLinkNonce(), Instant.now(),
                secrets.key(LINK_KEY));
    }

    private Optional<Subscriber> verified(SignedLink link, LinkPurpose purpose) {
        byte[] key = secrets.key(LINK_KEY);
        return subscribers.find(link.subscriberId())
                .filter(s -> link.verify(purpose, s.getLinkNonce(), Instant.now(), key));
    }

    /** Mails the confirmation link now; when the relay refuses, {@link ConfirmationRetryJob} sends it later. */
    boolean sendConfirmation(Subscriber subscriber, Instant now) {
        try {
            mailer.send(SubscriberLinkMailer.LinkMail.CONFIRMATION, subscriber, link(LinkPurpose.CONFIRM, subscriber));
            subscriber.confirmationSent(now);
            return true;
        } catch (MessagingException e) {
            // The sign-up is kept; ConfirmationRetryJob sends the mail once the relay is back.
            LOG.warning(() -> "Confirmation mail not sent: " + e.getMessage());
            return false;
        }
    }

    /** A syntactically valid address, lower-cased; anything else is refused. */
    public static Optional<String> normalize(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return Optional.empty();
        }
        try {
            InternetAddress address = new InternetAddress(email.strip(), true);
            String value = address.getAddress();
            if (address.getPersonal() != null || !value.contains("@") || value.indexOf('.', value.indexOf('@')) < 0) {
                return Optional.empty();
            }
            return Optional.of(value.toLowerCase(Locale.ROOT));
        } catch (AddressException e) {
            return Optional.empty();
        }
    }
}
