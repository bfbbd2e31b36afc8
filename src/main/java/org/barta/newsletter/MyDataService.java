package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.barta.platform.AppSecrets;

/**
 * "Download my data" and "erase me". The preferences link cannot do either: it sits in every newsletter, and
 * newsletters get forwarded. It can only ask for a {@link LinkPurpose#MY_DATA} link, which is mailed to the
 * address itself, expires within the hour and works once.
 */
@ApplicationScoped
public class MyDataService {

    private static final Logger LOG = Logger.getLogger(MyDataService.class.getName());

    /** What the preferences page should say after "mail me a link". */
    public enum Request {
        SENT,
        /** Too many links mailed to this address lately. */
        THROTTLED,
        /** The relay refused; nothing changed. */
        NOT_SENT,
        /** The preferences link does not verify. */
        INVALID
    }

    @Inject
    SubscriptionService subscriptions;

    @Inject
    SubscriberRepository subscribers;

    @Inject
    AppSecrets secrets;

    @Inject
    DataLinkThrottle throttle;

    @Inject
    SubscriberLinkMailer mailer;

    /** Mails a new data link to the address the preferences link names; any earlier data link stops working. */
    @Transactional
    public Request mailLink(SignedLink preferencesLink) {
        Optional<Subscriber> found = subscriptions.byPreferencesLink(preferencesLink);
        if (found.isEmpty()) {
            return Request.INVALID;
        }
        Subscriber subscriber = found.get();
        Instant now = Instant.now();
        if (!throttle.allowDataLinkMail(subscriber.getEmail(), now)) {
            return Request.THROTTLED;
        }
        SignedLink link = SignedLink.issue(LinkPurpose.MY_DATA, subscriber.getId(), subscriber.newDataLinkNonce(), now,
                key());
        try {
            mailer.send(SubscriberLinkMailer.LinkMail.MY_DATA, subscriber, link);
            return Request.SENT;
        } catch (MessagingException e) {
            LOG.warning(() -> "Data link mail not sent: " + e.getMessage());
            return Request.NOT_SENT;
        }
    }

    /** The subscriber a data link names, if it verifies; uses nothing up (a GET shows the page only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Subscriber> byLink(SignedLink link) {
        return verified(link);
    }

    /** Everything we hold about the subscriber, as JSON; the link is used up. */
    @Transactional
    public Optional<String> download(SignedLink link) {
        return verified(link).map(s -> {
            s.dataLinkUsed();
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("email", s.getEmail())
                    .add("language", s.getLanguage().code())
                    .add("status", s.getStatus().name())
                    .add("source", s.getSource().name())
                    .add("subscribedAt", s.getCreatedAt().toString());
            addIfPresent(json, "name", s.getName());
            addIfPresent(json, "confirmedAt", s.getConfirmedAt());
            addIfPresent(json, "unsubscribedAt", s.getUnsubscribedAt());
            SubscriberProfile profile = s.getProfile();
            addIfPresent(json, "organisation", profile.organisation());
            addIfPresent(json, "beat", profile.beat());
            addIfPresent(json, "district", profile.district());
            addIfPresent(json, "country", profile.country());
            json.add("tags", Json.createArrayBuilder(profile.tags()));
            JsonArrayBuilder audiences = Json.createArrayBuilder();
            for (AudienceMember member : s.getMemberships()) {
                JsonObjectBuilder one = Json.createObjectBuilder()
                        .add("audience", member.getAudience().getNameEn())
                        .add("status", member.getStatus().name())
                        .add("source", member.getSource().name())
                        .add("since", member.getCreatedAt().toString());
                addIfPresent(one, "confirmedAt", member.getConfirmedAt());
                addIfPresent(one, "unsubscribedAt", member.getUnsubscribedAt());
                audiences.add(one.add("consent", json(member.getConsent())));
            }
            return json.add("consent", json(s.getConsent())).add("audiences", audiences).build().toString();
        });
    }

    /** Erases the subscriber completely, profile and tags included; all their links stop working. */
    @Transactional
    public boolean erase(SignedLink link) {
        return verified(link).map(s -> {
            subscribers.remove(s);
            return true;
        }).orElse(false);
    }

    private Optional<Subscriber> verified(SignedLink link) {
        byte[] key = key();
        return subscribers.find(link.subscriberId())
                .filter(s -> s.getDataLinkNonce() != null)
                .filter(s -> link.verify(LinkPurpose.MY_DATA, s.getDataLinkNonce(), Instant.now(), key));
    }

    private byte[] key() {
        return secrets.key(SubscriptionService.LINK_KEY);
    }

    private static JsonObjectBuilder json(Consent consent) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        addIfPresent(json, "givenAt", consent.getAt());
        addIfPresent(json, "fromAddress", consent.getFromAddress());
        addIfPresent(json, "formTextVersion", consent.getFormTextVersion());
        addIfPresent(json, "note", consent.getNote());
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
