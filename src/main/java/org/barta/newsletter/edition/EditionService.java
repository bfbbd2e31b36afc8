package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.content.HtmlSanitizer;
import org.barta.content.ContentItem;
import org.barta.content.ContentState;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;
import org.barta.newsletter.Audience;
import org.barta.newsletter.AudienceSegment;
import org.barta.newsletter.AudienceService;
import org.barta.newsletter.SegmentService;
import org.barta.newsletter.SubscriptionService;
import org.barta.newsletter.compose.RenderedEdition;
import org.barta.newsletter.dispatch.DeliveryLedger;
import org.barta.newsletter.dispatch.FailedDelivery;
import org.barta.newsletter.dispatch.SendProgress;
import org.barta.newsletter.dispatch.Dispatcher;
import org.barta.newsletter.dispatch.NewsletterMessages;
import org.barta.newsletter.dispatch.Recipient;
import org.barta.platform.BusinessException;
import org.barta.platform.web.EditorTime;

/**
 * The life of an edition: drafted each month from what was published, shaped by editors, tested, approved for a
 * time, sent by the ledger, paused, resumed, cancelled, failed recipients retried. Only editors and
 * administrators may do any of it; everything is in the audit log.
 */
@ApplicationScoped
public class EditionService {

    private static final Logger LOG = Logger.getLogger(EditionService.class.getName());
    private static final int MAX_TEST_ADDRESSES = 10;
    private static final int MAX_FAILURES_SHOWN = 500;
    private static final int MAX_CANDIDATES = 200;
    private static final Duration RATE_WINDOW = Duration.ofSeconds(10);

    @Inject
    EditionRepository editions;

    @Inject
    DeliveryLedger ledger;

    @Inject
    EditionSendSchedule schedule;

    @Inject
    EditionNotifier notifier;

    @Inject
    NewsletterSettings settings;

    @Inject
    EditionRenditions renditions;

    @Inject
    NewsletterMessages messages;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Session mail;

    @Inject
    AuditLog audit;

    @Inject
    SegmentService segments;

    @Inject
    AudienceService audiences;

    @Inject
    SendApprovals approvals;

    /**
     * Drafts next month's edition of the series from everything published since the previous one (or the last
     * month), unless it exists already: the monthly job may fire more than once without making two.
     */
    @Transactional
    public Optional<Edition> draftNext(Instant now, Actor actor) {
        YearMonth month = YearMonth.from(EditorTime.toLocal(now)).plusMonths(1);
        if (editions.monthlyFor(month).isPresent()) {
            return Optional.empty();
        }
        Instant from = editions.latestMonthly().map(Edition::getCoversTo).orElse(now.minus(Duration.ofDays(31)));
        Edition edition = Edition.monthly(editions.nextNumber(), month, audiences.newsletter().getId(), from, now,
                settings.defaultSendAt(month), now);
        editions.add(edition);
        editions.replaceItems(edition.getId(), editions.publishedBetween(from, now));
        audit.record(actor, "newsletter.draft", "edition", edition.getId(), "no. " + edition.getNumber());
        notifier.draftReady(edition);
        return Optional.of(edition);
    }

    /**
     * An extra edition (an urgent appeal) for any audience, outside the monthly series; it starts empty and goes
     * through the same writing, testing, approval and ledger as the monthly ones. Only an edition to a public
     * audience takes an archive number.
     */
    @Transactional
    public Edition createExtra(long audienceId, Actor actor) {
        requireEditorial(actor);
        Audience audience = audiences.find(audienceId)
                .orElseThrow(() -> new BusinessException("newsletter.edition.error.noAudience"));
        Instant now = Instant.now();
        Edition edition = Edition.extra(audience.isPublic() ? editions.nextNumber() : null,
                YearMonth.from(EditorTime.toLocal(now)), audience.getId(), now);
        editions.add(edition);
        audit.record(actor, "newsletter.extra", "edition", edition.getId(), audience.getCode());
        return edition;
    }

    @Transactional
    public void write(long editionId, Language language, String subject, String intro, Actor actor) {
        requireEditorial(actor);
        Edition edition = editable(editionId);
        String cleanSubject = subject == null || subject.isBlank() ? null : subject.strip();
        if (cleanSubject != null && cleanSubject.length() > 200) {
            throw new BusinessException("newsletter.edition.error.subjectTooLong");
        }
        edition.write(language, cleanSubject, intro == null || intro.isBlank() ? null : HtmlSanitizer.sanitize(intro),
                Instant.now());
        audit.record(actor, "newsletter.write", "edition", editionId, language.code());
    }

    /** Sets the edition's items in this order (duplicates dropped). */
    @Transactional
    public void setItems(long editionId, List<Long> itemIds, Actor actor) {
        requireEditorial(actor);
        editable(editionId).changed(Instant.now());
        editions.replaceItems(editionId, new ArrayList<>(new LinkedHashSet<>(itemIds)));
        audit.record(actor, "newsletter.items", "edition", editionId, itemIds.size() + " items");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> itemIds(long editionId) {
        return editions.itemIds(editionId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Edition> list(int max, Actor actor) {
        requireEditorial(actor);
        return editions.all(0, max);
    }

    /** The edition's items in order, as the editor sees them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EditionItem> items(long editionId) {
        return editions.items(editions.itemIds(editionId)).stream().map(EditionService::asEditionItem).toList();
    }

    /** Recently published items editors may add to an edition. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EditionItem> candidates() {
        return editions.items(editions.recentlyPublished(MAX_CANDIDATES)).stream()
                .map(EditionService::asEditionItem).toList();
    }

    private static EditionItem asEditionItem(ContentItem item) {
        return new EditionItem(item.getId(), item.getKind(), item.translationFor(Language.EN).map(ContentTranslation::getTitle).orElse("#" + item.getId()));
    }

    /**
     * Approves the edition to go out at {@code sendAt} (now or later); Quartz starts the send then. When the audience
     * needs two approvals ({@link SendApprovals}), the first is kept as a proposal and nothing is scheduled; a second
     * editor's approval then schedules the proposal as it stands. Returns whether the edition is now approved.
     */
    @Transactional
    public boolean approve(long editionId, Instant sendAt, Actor actor) {
        requireEditorial(actor);
        Edition edition = editable(editionId);
        if (editions.itemIds(editionId).isEmpty() && edition.intro(Language.EN) == null
                && edition.intro(Language.BN) == null) {
            throw new BusinessException("newsletter.edition.error.empty");
        }
        int needed = approvals.neededFor(audienceOf(edition));
        Long firstApprover = edition.getProposedBy();
        boolean approved = edition.approve(actor.accountId() == null ? 0 : actor.accountId(), sendAt, needed,
                Instant.now());
        if (!approved) {
            audit.record(actor, "newsletter.approve.first", "edition", editionId,
                    "send at " + edition.getProposedSendAt() + ", " + needed + " approvals needed");
            notifier.secondApprovalWanted(edition, audienceOf(edition), edition.getProposedBy());
            return false;
        }
        schedule.schedule(editionId, edition.getSendAt());
        audit.record(actor, "newsletter.approve", "edition", editionId, "send at " + edition.getSendAt()
                + (firstApprover == null ? "" : ", second to account " + firstApprover));
        return true;
    }

    /** Takes back a first approval still waiting for the second (the proposer or any other editor may). */
    @Transactional
    public void withdrawProposal(long editionId, Actor actor) {
        requireEditorial(actor);
        Edition edition = find(editionId);
        if (edition.getProposedBy() == null) {
            throw new BusinessException("newsletter.edition.error.nothingProposed");
        }
        edition.changed(Instant.now());
        audit.record(actor, "newsletter.withdraw.first", "edition", editionId, null);
    }

    /** Who the edition goes to and how many would get it if it went out now (confirmed members, confirmed address). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Recipients recipients(long editionId, Actor actor) {
        requireEditorial(actor);
        Edition edition = find(editionId);
        Audience audience = audienceOf(edition);
        return new Recipients(audience, audiences.reachable(audience.getId()), approvals.neededFor(audience));
    }

    /** The edition's audience, how many it reaches now and how many editors must approve a send to it. */
    public record Recipients(Audience audience, long count, int approvalsNeeded) {
    }

    private Audience audienceOf(Edition edition) {
        return audiences.find(edition.getAudienceId())
                .orElseThrow(() -> new IllegalStateException("Edition " + edition.getId() + " has no audience"));
    }

    @Transactional
    public void withdrawApproval(long editionId, Actor actor) {
        requireEditorial(actor);
        find(editionId).withdrawApproval(Instant.now());
        schedule.cancel(editionId);
        audit.record(actor, "newsletter.withdraw", "edition", editionId, null);
    }

    /**
     * Starts the send: the edition moves from APPROVED to SENDING and gets its ledger in the same transaction.
     * Called by {@link StartEditionSendJob}; a second call finds it no longer APPROVED and does nothing.
     */
    @Transactional
    public boolean startSend(long editionId) {
        Optional<Edition> edition = editions.find(editionId);
        if (edition.isPresent() && edition.get().isRelease() && !releaseDue(edition.get())) {
            LOG.info(() -> "Release " + editionId + " waits for its statement's publication");
            return false;
        }
        if (!editions.markSending(editionId)) {
            return false;
        }
        List<AudienceSegment> through = edition.map(e -> e.getSegmentByAudience().values().stream()
                .map(segments::forSending).toList()).orElse(List.of());
        int recipients = ledger.prepare(editionId, through, Instant.now());
        audit.record(Actor.scheduler(), "newsletter.send", "edition", editionId, recipients + " recipients");
        LOG.info(() -> "Edition " + editionId + " sending to " + recipients + " subscribers");
        return true;
    }

    @Transactional
    public void pause(long editionId, Actor actor) {
        requireEditorial(actor);
        transition(editionId, EditionState.SENDING, EditionState.PAUSED, actor, "newsletter.pause");
    }

    @Transactional
    public void resume(long editionId, Actor actor) {
        requireEditorial(actor);
        transition(editionId, EditionState.PAUSED, EditionState.SENDING, actor, "newsletter.resume");
    }

    /** Stops a send for good: nothing not yet sent will be. */
    @Transactional
    public void cancel(long editionId, Actor actor) {
        requireEditorial(actor);
        EditionState state = find(editionId).getState();
        if (state == EditionState.DRAFT || state == EditionState.SENT || state == EditionState.CANCELLED) {
            throw new BusinessException("newsletter.edition.error.cannotCancel");
        }
        if (!stop(editionId, state, actor, "")) {
            throw new BusinessException("newsletter.edition.error.state");
        }
    }

    /**
     * Cancels an approved or running send because of what happened to its statement (unpublished, or published
     * before an advance copy went out); the caller's transaction is the one that changed the statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void cancelFor(Edition edition, Actor actor, String why) {
        if (edition.getState() != EditionState.DRAFT && !edition.getState().isFinished()) {
            stop(edition.getId(), edition.getState(), actor, ", " + why);
        }
    }

    private boolean stop(long editionId, EditionState state, Actor actor, String why) {
        if (!editions.transition(editionId, state, EditionState.CANCELLED)) {
            return false;
        }
        if (state == EditionState.APPROVED) {
            schedule.cancel(editionId);
        }
        int cancelled = ledger.cancelQueued(editionId);
        audit.record(actor, "newsletter.cancel", "edition", editionId, cancelled + " not sent" + why);
        return true;
    }

    /**
     * A copy at publication goes out once the statement is public; an advance copy only while it is still under
     * embargo (a statement published early makes it moot).
     */
    private boolean releaseDue(Edition release) {
        ContentState state = editions.items(List.of(release.getContentItemId())).stream().findFirst()
                .map(ContentItem::getState).orElse(ContentState.DRAFT);
        return release.isAdvanceCopy() ? state == ContentState.SCHEDULED : state == ContentState.PUBLISHED;
    }

    /** Queues the failed recipients again; a finished edition goes back to sending for them. */
    @Transactional
    public int retryFailed(long editionId, Actor actor) {
        requireEditorial(actor);
        int requeued = ledger.requeueFailed(editionId, Instant.now());
        if (requeued > 0) {
            editions.transition(editionId, EditionState.SENT, EditionState.SENDING);
            dispatcher.wake();
        }
        audit.record(actor, "newsletter.retry", "edition", editionId, requeued + " recipients");
        return requeued;
    }

    /** Sends the edition, marked as a test, to a few chosen addresses in one language; only the audit log notes it. */
    @Transactional
    public int sendTest(long editionId, Language language, List<String> addresses, Actor actor) {
        requireEditorial(actor);
        if (addresses.isEmpty() || addresses.size() > MAX_TEST_ADDRESSES) {
            throw new BusinessException("newsletter.edition.error.testAddresses", MAX_TEST_ADDRESSES);
        }
        long audienceId = find(editionId).getAudienceId();
        RenderedEdition rendered = renditions.preview(editionId, language);
        RenderedEdition test = new RenderedEdition("[TEST] " + rendered.subject(), rendered.html(), rendered.text());
        int sent = 0;
        for (String address : addresses) {
            String email = SubscriptionService.normalize(address)
                    .orElseThrow(() -> new BusinessException("newsletter.edition.error.testAddress", address));
            try {
                Transport.send(messages.write(mail, editionId,
                        new Recipient(0, email, null, language, "test", false, 0, audienceId), test, Instant.now()).message());
                sent++;
            } catch (MessagingException e) {
                throw new BusinessException("newsletter.edition.error.testFailed", e.getMessage());
            }
        }
        audit.record(actor, "newsletter.test", "edition", editionId, String.join(", ", addresses));
        return sent;
    }

    /** The send's counts and its rate over the last ten seconds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SendProgress progress(long editionId) {
        Instant now = Instant.now();
        return new SendProgress(ledger.counts(editionId),
                ledger.sentSince(editionId, now.minus(RATE_WINDOW)) / (double) RATE_WINDOW.toSeconds());
    }

    /** Names subscribers' addresses: editors and administrators only, like the subscriber list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FailedDelivery> failures(long editionId, Actor actor) {
        requireEditorial(actor);
        return ledger.failures(editionId, MAX_FAILURES_SHOWN);
    }

    /** The edition as its page shows it: editors and administrators only, like every other edition action. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Edition open(long editionId, Actor actor) {
        requireEditorial(actor);
        return find(editionId);
    }

    /** An edition whose text, items and schedule are set on its own page: not a press release. */
    private Edition editable(long editionId) {
        Edition edition = find(editionId);
        if (edition.isRelease()) {
            throw new BusinessException("newsletter.release.error.notAnEdition");
        }
        return edition;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Edition find(long editionId) {
        return editions.find(editionId).orElseThrow(() -> new BusinessException("newsletter.edition.error.notFound"));
    }

    private void transition(long editionId, EditionState from, EditionState to, Actor actor, String action) {
        if (!editions.transition(editionId, from, to)) {
            throw new BusinessException("newsletter.edition.error.state");
        }
        audit.record(actor, action, "edition", editionId, null);
        if (to == EditionState.SENDING) {
            dispatcher.wake();
        }
    }

    /** Every change to a send, and every read naming subscribers, is for editors and administrators only. */
    static void requireEditorial(Actor actor) {
        if (!actor.isEditorial()) {
            throw new BusinessException("newsletter.edition.error.notAllowed");
        }
    }
}
