package org.barta.newsletter.bounce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.newsletter.Subscriber;
import org.barta.newsletter.SubscriberRepository;
import org.barta.newsletter.SubscriberStatus;
import org.barta.newsletter.SubscriptionService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies bounces and complaints to subscribers: a hard bounce suppresses the address at once (BOUNCED), so does
 * a complaint (COMPLAINED); soft bounces suppress it once {@code barta.newsletter.soft-bounce-limit} of them
 * arrived within 30 days. Every one is recorded, once per report.
 *
 * <p>The subscriber is the one named by the VERP address the bounce was delivered to. A report sent to a VERP
 * address whose tag does not verify is forged and changes nothing. Only a report with no VERP address at all is
 * matched by the recipient addresses it names (and, for complaints, by a signed link in List-Unsubscribe).
 */
@ApplicationScoped
public class BounceService {

    static final int SOFT_BOUNCE_DAYS = 30;
    private static final Logger LOG = Logger.getLogger(BounceService.class.getName());

    @Inject
    VerpAddresses verp;

    @Inject
    SubscriberRepository subscribers;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    BounceRepository bounces;

    @Inject
    @ConfigProperty(name = "barta.newsletter.soft-bounce-limit", defaultValue = "3")
    int softBounceLimit;

    /** Applies the report; returns how many subscribers it was newly recorded for. */
    @Transactional
    public int apply(BounceReport report, BounceSource source) {
        if (report.recipients().isEmpty()) {
            LOG.fine(() -> "Report " + report.messageId() + " calls for no action");
            return 0;
        }
        Optional<VerpRecipient> named = report.returnAddresses().stream()
                .map(verp::decode).flatMap(Optional::stream).findFirst();
        if (named.isPresent()) {
            Optional<Subscriber> subscriber = subscribers.find(named.get().subscriberId());
            if (subscriber.isEmpty()) {
                LOG.info(() -> "Report " + report.messageId() + " names subscriber " + named.get().subscriberId()
                        + ", who has been erased");
                return 0;
            }
            return record(subscriber.get(), named.get().editionId(), mostSevere(report), report, source);
        }
        if (report.returnAddresses().stream().anyMatch(verp::isVerp)) {
            LOG.warning(() -> "Report " + report.messageId()
                    + " was sent to a VERP address whose tag does not verify; nobody is suppressed");
            return 0;
        }
        Optional<Subscriber> linked = report.unsubscribeLinks().stream()
                .map(subscriptions::byNewsletterLink).flatMap(Optional::stream).findFirst();
        if (linked.isPresent()) {
            return record(linked.get(), null, mostSevere(report), report, source);
        }
        int recorded = 0;
        for (RecipientReport recipient : report.recipients()) {
            Optional<Subscriber> subscriber = recipient.addresses().stream()
                    .map(subscribers::byEmail).flatMap(Optional::stream).findFirst();
            if (subscriber.isPresent()) {
                recorded += record(subscriber.get(), null, recipient, report, source);
            } else {
                LOG.info(() -> "Report " + report.messageId() + ": no subscriber has the address it names");
            }
        }
        return recorded;
    }

    private int record(Subscriber subscriber, Long editionId, RecipientReport recipient, BounceReport report,
                       BounceSource source) {
        boolean recorded = bounces.record(subscriber.getId(), editionId, recipient.kind(), recipient.statusCode(),
                withoutAddress(recipient.diagnostic(), subscriber.getEmail()), report.key(), source);
        if (!recorded) {
            LOG.fine(() -> "Report " + report.messageId() + " was already counted");
            return 0;
        }
        switch (recipient.kind()) {
            case HARD -> subscriber.suppress(SubscriberStatus.BOUNCED);
            case COMPLAINT -> subscriber.suppress(SubscriberStatus.COMPLAINED);
            case SOFT -> {
                if (bounces.softBouncesWithinDays(subscriber.getId(), SOFT_BOUNCE_DAYS) >= softBounceLimit) {
                    subscriber.suppress(SubscriberStatus.BOUNCED);
                }
            }
        }
        LOG.info(() -> recipient.kind() + " (" + recipient.statusCode() + ") for subscriber " + subscriber.getId()
                + " from the " + source.name().toLowerCase(java.util.Locale.ROOT) + "; now " + subscriber.getStatus());
        return 1;
    }

    /** With VERP the report concerns one recipient; should it list several, the hard failure counts. */
    private static RecipientReport mostSevere(BounceReport report) {
        return report.recipients().stream().min(Comparator.comparing(r -> r.kind() == BounceKind.SOFT)).orElseThrow();
    }

    /** The stored diagnostic must not keep the address once the subscriber erases themselves. */
    private static String withoutAddress(String diagnostic, String email) {
        return diagnostic == null ? null : Pattern.compile(Pattern.quote(email), Pattern.CASE_INSENSITIVE)
                .matcher(diagnostic).replaceAll(Matcher.quoteReplacement("<recipient>"));
    }
}
