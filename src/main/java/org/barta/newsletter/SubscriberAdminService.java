package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.content.Language;
import org.barta.platform.BusinessException;

/**
 * What editors do with single subscribers: list and count them, add one (vouching for their consent, or sending
 * a confirmation mail), correct name and language, suppress an address. Authors may not.
 * Every change is audited; suppressed, bounced and complained addresses are never put back on the list here.
 */
@ApplicationScoped
public class SubscriberAdminService {

    @Inject
    SubscriberRepository subscribers;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<SubscriberStatus, Long> countByStatus() {
        return subscribers.countByStatus();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Subscriber> search(SubscriberQuery query, int first, int max, String sortField, boolean ascending) {
        return subscribers.search(query, first, max, sortField, ascending);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(SubscriberQuery query) {
        return subscribers.count(query);
    }

    /**
     * Adds one address. With {@link ConsentMode#HAVE_CONSENT} it is subscribed at once on the editor's word;
     * otherwise it gets a confirmation mail and stays pending. Refused for an address already on the list.
     */
    @Transactional
    public Subscriber add(String email, String name, Language language, ConsentMode consent, Actor actor) {
        requireEditorial(actor);
        String address = SubscriptionService.normalize(email)
                .orElseThrow(() -> new BusinessException("subscribers.emailInvalid"));
        String cleanName = cleanName(name);
        if (language == null) {
            throw new BusinessException("subscribers.languageRequired");
        }
        if (consent == null) {
            throw new BusinessException("subscribers.consentRequired");
        }
        subscribers.byEmail(address).ifPresent(existing -> {
            throw new BusinessException(existing.getStatus() == SubscriberStatus.CONFIRMED
                    || existing.getStatus() == SubscriberStatus.PENDING
                    ? "subscribers.alreadyListed" : "subscribers.suppressedAddress",
                    "newsletter.status." + existing.getStatus().name());
        });
        Instant now = Instant.now();
        boolean confirmed = consent == ConsentMode.HAVE_CONSENT;
        Subscriber subscriber = Subscriber.addedByEditor(address, cleanName, language, confirmed, now,
                "added by editor " + actor.username() + (confirmed ? " (has their consent)" : " (confirmation mail)"));
        subscribers.add(subscriber);
        audit.record(actor, "subscriber.add", "subscriber", subscriber.getId(), subscriber.getStatus().name());
        if (!confirmed) {
            subscriptions.sendConfirmation(subscriber, now);
        }
        return subscriber;
    }

    @Transactional
    public void edit(long id, String name, Language language, Actor actor) {
        requireEditorial(actor);
        Subscriber subscriber = find(id);
        if (language == null) {
            throw new BusinessException("subscribers.languageRequired");
        }
        subscriber.rename(cleanName(name));
        subscriber.changeLanguage(language);
        audit.record(actor, "subscriber.edit", "subscriber", id, "language " + language.code());
    }

    /** Stops all mail to the address: it becomes unsubscribed, the row (and its history) is kept. */
    @Transactional
    public void suppress(long id, Actor actor) {
        requireEditorial(actor);
        Subscriber subscriber = find(id);
        if (subscriber.getStatus() != SubscriberStatus.CONFIRMED && subscriber.getStatus() != SubscriberStatus.PENDING) {
            throw new BusinessException("subscribers.alreadySuppressed",
                    "newsletter.status." + subscriber.getStatus().name());
        }
        SubscriberStatus before = subscriber.getStatus();
        subscriber.unsubscribe(Instant.now());
        audit.record(actor, "subscriber.suppress", "subscriber", id, "was " + before.name());
    }

    /** Exporting hands out personal data, so it is audited like a change. */
    @Transactional
    public void recordExport(SubscriberQuery query, Actor actor) {
        requireEditorial(actor);
        audit.record(actor, "subscriber.export", "subscriber", null, describe(query));
    }

    static void requireEditorial(Actor actor) {
        if (actor == null || !actor.isEditorial()) {
            throw new BusinessException("subscribers.forbidden");
        }
    }

    private Subscriber find(long id) {
        return subscribers.find(id).orElseThrow(() -> new BusinessException("subscribers.notFound", id));
    }

    private static String cleanName(String name) {
        String clean = ImportRowValidator.cleanName(name);
        if (clean != null && clean.length() > ImportRowValidator.MAX_NAME) {
            throw new BusinessException("subscribers.nameTooLong", ImportRowValidator.MAX_NAME);
        }
        return clean;
    }

    private static String describe(SubscriberQuery q) {
        return "status=" + q.status() + " language=" + (q.language() == null ? null : q.language().code())
                + " source=" + q.source() + " from=" + q.createdFrom() + " to=" + q.createdTo()
                + " email~" + q.emailContains();
    }
}
