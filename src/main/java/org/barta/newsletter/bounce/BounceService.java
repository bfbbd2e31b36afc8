package org.barta.newsletter.bounce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * <p>The subscriber is the one named by the VERP address the bounce was delivered to. When VERP is configured, a
 * report from the mailbox without a VERP address whose tag verifies could have been written by anyone, so it
 * changes nobody: it is held for an editor ({@link HeldBounceService}). Without VERP, and for the authenticated
 * complaint endpoint, a report with no VERP address at all is matched by the recipient addresses it names (and,
 * for complaints, by a signed link in List-Unsubscribe); one sent to a VERP address that does not verify changes
 * nothing.
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
    HeldBounceRepository held;

    @Inject
    @ConfigProperty(name = "barta.newsletter.soft-bounce-limit", defaultValue = "3")
    int softBounceLimit;

    /** Applies or holds the report; returns how many subscribers it was newly recorded or held for. */
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
            RecipientReport recipient = mostSevere(report);
            return record(subscriber.get(), named.get().editionId(), recipient.kind(), recipient.statusCode(),
                    recipient.diagnostic(), report.key(), source);
        }
        boolean badTag = report.returnAddresses().stream().anyMatch(verp::isVerp);
        if (source == BounceSource.MAILBOX && verp.isConfigured()) {
            return hold(report, badTag ? HoldReason.BAD_TAG : HoldReason.NO_VERP);
        }
        if (badTag) {
            LOG.warning(() -> "Report " + report.messageId()
                    + " was sent to a VERP address whose tag does not verify; nobody is suppressed");
            return 0;
        }
        int recorded = 0;
        for (Named inside : namedInside(report)) {
            recorded += record(inside.subscriber(), null, inside.recipient().kind(), inside.recipient().statusCode(),
                    inside.recipient().diagnostic(), report.key(), source);
        }
        return recorded;
    }

    /** Applies a held report as it stands, for {@link HeldBounceService}; a report counted already counts once. */
    public void applyHeld(Subscriber subscriber, HeldBounce report) {
        record(subscriber, null, report.kind(), report.statusCode(), report.diagnostic(), report.reportKey(),
                BounceSource.MAILBOX);
    }

    private int hold(BounceReport report, HoldReason reason) {
        int held = 0;
        for (Named named : namedInside(report)) {
            RecipientReport recipient = named.recipient();
            if (this.held.hold(named.subscriber().getId(), recipient.kind(), recipient.statusCode(),
                    withoutAddress(recipient.diagnostic(), named.subscriber().getEmail()), report.key(), reason)) {
                held++;
                LOG.warning(() -> recipient.kind() + " report " + report.messageId() + " for subscriber "
                        + named.subscriber().getId() + " held for an editor: " + reason);
            }
        }
        return held;
    }

    /** The subscribers a report names by what is written inside it, which anyone could have written. */
    private List<Named> namedInside(BounceReport report) {
        Optional<Subscriber> linked = report.unsubscribeLinks().stream()
                .map(subscriptions::byNewsletterLink).flatMap(Optional::stream).findFirst();
        if (linked.isPresent()) {
            return List.of(new Named(linked.get(), mostSevere(report)));
        }
        List<Named> named = new ArrayList<>();
        for (RecipientReport recipient : report.recipients()) {
            Optional<Subscriber> subscriber = recipient.addresses().stream()
                    .map(subscribers::byEmail).flatMap(Optional::stream).findFirst();
            if (subscriber.isPresent()) {
                named.add(new Named(subscriber.get(), recipient));
            } else {
                LOG.info(() -> "Report " + report.messageId() + ": no subscriber has the address it names");
            }
        }
        return named;
    }

    private record Named(Subscriber subscriber, RecipientReport recipient) {
    }

    private int record(Subscriber subscriber, Long editionId, BounceKind kind, String statusCode, String diagnostic,
                       String reportKey, BounceSource source) {
        boolean recorded = bounces.record(subscriber.getId(), editionId, kind, statusCode,
                withoutAddress(diagnostic, subscriber.getEmail()), reportKey, source);
        if (!recorded) {
            LOG.fine(() -> "Report " + reportKey + " was already counted");
            return 0;
        }
        switch (kind) {
            case HARD -> subscriber.suppress(SubscriberStatus.BOUNCED);
            case COMPLAINT -> subscriber.suppress(SubscriberStatus.COMPLAINED);
            case SOFT -> {
                if (bounces.softBouncesWithinDays(subscriber.getId(), SOFT_BOUNCE_DAYS) >= softBounceLimit) {
                    subscriber.suppress(SubscriberStatus.BOUNCED);
                }
            }
        }
        LOG.info(() -> kind + " (" + statusCode + ") for subscriber " + subscriber.getId()
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
