package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.content.Language;
import org.barta.platform.BusinessException;

/**
 * What editors do with single subscribers: list and count them, add one to an audience (vouching for their
 * consent, or sending a confirmation mail), correct name and language, suppress an address. Authors may not.
 * Every change is audited; suppressed, bounced and complained addresses are never put back on the list here.
 */
@ApplicationScoped
public class SubscriberAdminService {

    @Inject
    SubscriberRepository subscribers;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    AudienceRepository audiences;

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
     * Adds one address to an audience. With {@link ConsentMode#HAVE_CONSENT} it is a member at once on the editor's
     * word; otherwise it gets a confirmation mail and stays pending. An address already in other audiences joins
     * this one too; refused when it is already in it, left it, or is suppressed.
     */
    @Transactional
    public Subscriber add(String email, String name, Language language, long audienceId, ConsentMode consent,
                          Actor actor) {
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
        Audience audience = audiences.find(audienceId)
                .orElseThrow(() -> new BusinessException("subscribers.audienceRequired"));
        Optional<Subscriber> existing = subscribers.byEmail(address);
        existing.ifPresent(known -> refuseKnown(known, audience));
        Instant now = Instant.now();
        boolean confirmed = consent == ConsentMode.HAVE_CONSENT;
        String note = "added by editor " + actor.username() + (confirmed ? " (has their consent)" : " (confirmation mail)");
        Subscriber subscriber;
        if (existing.isPresent()) {
            subscriber = existing.get();
            subscriber.addTo(audience, confirmed, now, note);
        } else {
            subscriber = Subscriber.addedByEditor(address, cleanName, language, audience, confirmed, now, note);
            subscribers.add(subscriber);
        }
        audit.record(actor, "subscriber.add", "subscriber", subscriber.getId(),
                audience.getCode() + " " + subscriber.membershipIn(audience).map(m -> m.getStatus().name()).orElse(""));
        if (!confirmed) {
            subscriptions.sendConfirmation(subscriber, now);
        }
        return subscriber;
    }

    private static void refuseKnown(Subscriber known, Audience audience) {
        if (known.getStatus().isSuppressed()) {
            throw new BusinessException("subscribers.suppressedAddress", "newsletter.status." + known.getStatus().name());
        }
        known.membershipIn(audience).ifPresent(member -> {
            if (member.isActive()) {
                throw new BusinessException("subscribers.alreadyListed", "newsletter.status." + member.getStatus().name());
            }
            throw new BusinessException("subscribers.suppressedAddress", "newsletter.status.UNSUBSCRIBED");
        });
    }

    @Transactional
    public void edit(long id, String name, Language language, Actor actor) {
        requireEditorial(actor);
        edit(find(id), name, language, actor);
    }

    /** Name, language and profile in one change; the profile comes normalised ({@link SubscriberProfile}). */
    @Transactional
    public void edit(long id, String name, Language language, SubscriberProfile profile, Actor actor) {
        requireEditorial(actor);
        Subscriber subscriber = find(id);
        subscriber.changeProfile(profile == null ? SubscriberProfile.EMPTY : profile);
        edit(subscriber, name, language, actor);
    }

    private void edit(Subscriber subscriber, String name, Language language, Actor actor) {
        if (language == null) {
            throw new BusinessException("subscribers.languageRequired");
        }
        subscriber.rename(cleanName(name));
        subscriber.changeLanguage(language);
        audit.record(actor, "subscriber.edit", "subscriber", subscriber.getId(), "language " + language.code());
    }

    /** A subscriber's profile, for the edit form (in a transaction: the tags are read on demand). */
    @Transactional
    public SubscriberProfile profile(long id, Actor actor) {
        requireEditorial(actor);
        return find(id).getProfile();
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

    public static void requireEditorial(Actor actor) {
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
                + " email~" + q.emailContains() + " audience=" + q.audienceId() + " " + q.profile();
    }
}
