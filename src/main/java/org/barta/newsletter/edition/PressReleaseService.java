package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.content.ContentItem;
import org.barta.content.ContentService;
import org.barta.content.ContentState;
import org.barta.content.ContentTranslation;
import org.barta.content.ItemPublicationChanged;
import org.barta.content.Language;
import org.barta.newsletter.Audience;
import org.barta.newsletter.AudienceSegment;
import org.barta.newsletter.AudienceService;
import org.barta.newsletter.SegmentService;
import org.barta.newsletter.dispatch.Dispatcher;
import org.barta.platform.BusinessException;
import org.barta.platform.web.EditorTime;

/**
 * Press releases of a statement: prepared by anyone who may open the statement, approved by editors (two of them,
 * {@link SendApprovals}), sent through the same ledger as editions. A copy at publication goes out when the
 * statement is published, an advance copy at its own time under the embargo; both follow the statement: moving
 * its publication moves them, unpublishing it cancels them.
 */
@ApplicationScoped
public class PressReleaseService {

    @Inject
    EditionRepository editions;

    @Inject
    EditionService sends;

    @Inject
    EditionSendSchedule schedule;

    @Inject
    EditionNotifier notifier;

    @Inject
    ContentService content;

    @Inject
    AudienceService audiences;

    @Inject
    SegmentService segments;

    @Inject
    SendApprovals approvals;

    @Inject
    Dispatcher dispatcher;

    @Inject
    AuditLog audit;

    /** The statement's releases, the latest prepared first: for whoever may open the statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Edition> releasesOf(long itemId, Actor actor) {
        content.open(itemId, actor);
        return editions.releasesOf(itemId);
    }

    /** The audiences a release of this statement may go to, for whoever may open it (authors prepare releases). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Audience> audienceChoices(long itemId, Actor actor) {
        content.open(itemId, actor);
        return audiences.forChoosing();
    }

    /** The saved segments of those audiences, to reach an audience through one of them only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AudienceSegment> segmentChoices(long itemId, Actor actor) {
        List<Audience> choices = audienceChoices(itemId, actor);
        return segments.choices(choices.stream().map(Audience::getId).toList());
    }

    /** The statement as the release page shows it, checked like every admin read of it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContentItem statement(long itemId, Actor actor) {
        return content.open(itemId, actor);
    }

    /**
     * A release of the statement, prepared for approval: to these audiences and segments (one copy per address
     * however many of them it is in), in these languages (each must be written), at publication or, with {@code advanceAt},
     * as an advance copy under the embargo of its scheduled publication.
     */
    @Transactional
    public Edition prepare(long itemId, ReleasePlan plan, Actor actor) {
        ContentItem item = content.open(itemId, actor);
        List<Long> audienceIds = new ArrayList<>(new LinkedHashSet<>(plan.audienceIds()));
        Map<Long, Long> segmentByAudience = new LinkedHashMap<>();
        for (long segmentId : new LinkedHashSet<>(plan.segmentIds())) {
            AudienceSegment segment = segments.forSending(segmentId);
            if (audienceIds.contains(segment.getAudienceId())) {
                throw new BusinessException("newsletter.release.error.wholeAndSegment", segment.getName());
            }
            if (segmentByAudience.putIfAbsent(segment.getAudienceId(), segmentId) != null) {
                throw new BusinessException("newsletter.release.error.twoSegments", segment.getName());
            }
        }
        audienceIds.addAll(segmentByAudience.keySet());
        if (audienceIds.isEmpty()) {
            throw new BusinessException("newsletter.release.error.noAudience");
        }
        for (long audienceId : audienceIds) {
            audiences.find(audienceId).orElseThrow(() -> new BusinessException("newsletter.release.error.noAudience"));
        }
        Set<Language> languages = plan.languages().isEmpty() ? EnumSet.noneOf(Language.class)
                : EnumSet.copyOf(plan.languages());
        if (languages.isEmpty()) {
            throw new BusinessException("newsletter.release.error.noLanguage");
        }
        for (Language language : languages) {
            if (item.translation(language).map(ContentTranslation::getTitle).filter(t -> !t.isBlank()).isEmpty()) {
                throw new BusinessException("newsletter.release.error.notWritten", language.code());
            }
        }
        if (item.getState() == ContentState.ARCHIVED) {
            throw new BusinessException("newsletter.release.error.archived");
        }
        Instant now = Instant.now();
        if (plan.advanceAt() != null) {
            requireBeforeEmbargo(plan.advanceAt(), item, now);
        }
        Instant sendAt = plan.advanceAt() != null ? plan.advanceAt() : item.getScheduledFor();
        Edition release = Edition.release(itemId, audienceIds, segmentByAudience, languages,
                plan.advanceAt() != null ? item.getScheduledFor() : null, sendAt,
                YearMonth.from(EditorTime.toLocal(now)), now);
        editions.add(release);
        audit.record(actor, "newsletter.release.prepare", "edition", release.getId(), "item " + itemId
                + (release.isAdvanceCopy() ? ", advance copy at " + sendAt + " under embargo until "
                + release.getEmbargoUntil() : ", at publication") + ", audiences " + audienceIds
                + (segmentByAudience.isEmpty() ? "" : ", through segments " + segmentByAudience));
        return release;
    }

    /**
     * An editor approves the release as prepared. The first of two approvals waits for a second editor (who is
     * told by mail); the approved release is scheduled: an advance copy at its time, a copy at publication at the
     * statement's scheduled time, or at once when the statement is already public. Returns whether it is approved.
     */
    @Transactional
    public boolean approve(long releaseId, Actor actor) {
        EditionService.requireEditorial(actor);
        Edition release = release(releaseId);
        ContentItem item = content.load(release.getContentItemId());
        Instant now = Instant.now();
        Instant sendAt;
        if (release.isAdvanceCopy()) {
            requireBeforeEmbargo(release.getSendAt(), item, now);
            sendAt = release.getSendAt();
        } else if (item.getState() == ContentState.PUBLISHED) {
            sendAt = now;
        } else if (item.getState() == ContentState.SCHEDULED) {
            sendAt = item.getScheduledFor();
        } else {
            throw new BusinessException("newsletter.release.error.notScheduled");
        }
        Long firstApprover = release.getProposedBy();
        boolean approved = release.approve(actor.accountId() == null ? 0 : actor.accountId(), sendAt,
                approvals.neededForRelease(), now);
        if (!approved) {
            audit.record(actor, "newsletter.release.approve.first", "edition", releaseId, "send at " + sendAt);
            notifier.releaseApprovalWanted(release, titleOf(item), release.getProposedBy());
            return false;
        }
        schedule.schedule(releaseId, release.getSendAt());
        audit.record(actor, "newsletter.release.approve", "edition", releaseId, "send at " + release.getSendAt()
                + (firstApprover == null ? "" : ", second to account " + firstApprover));
        return true;
    }

    /** How many different addresses the release reaches now, and how many editors must approve it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long reach(Edition release) {
        Map<Long, Long> through = release.getSegmentByAudience();
        return segments.reach(release.audienceIds().stream().filter(id -> !through.containsKey(id)).toList(),
                through.values());
    }

    public int approvalsNeeded() {
        return approvals.neededForRelease();
    }

    /**
     * Keeps the statement's releases with its publication, in the transaction that changed it: scheduled (again),
     * they move with it; published, the copies at publication start and advance copies not yet sent are moot;
     * taken back to draft or archived, whatever has not gone out is cancelled.
     */
    void onPublicationChanged(@Observes ItemPublicationChanged change) {
        Instant now = Instant.now();
        for (Edition release : editions.releasesOf(change.itemId())) {
            EditionState state = release.getState();
            if (state.isFinished()) {
                continue;
            }
            switch (change.state()) {
                case SCHEDULED -> follow(release, change.scheduledFor(), now);
                case PUBLISHED -> {
                    if (!release.isAdvanceCopy() && state == EditionState.APPROVED && sends.startSend(release.getId())) {
                        dispatcher.wake();
                    } else if (release.isAdvanceCopy() && state == EditionState.APPROVED) {
                        sends.cancelFor(release, Actor.scheduler(), "statement published before the advance copy");
                    }
                }
                default -> sends.cancelFor(release, Actor.scheduler(), "statement no longer to be published");
            }
        }
    }

    private void follow(Edition release, Instant publishAt, Instant now) {
        if (release.getState() != EditionState.DRAFT && release.getState() != EditionState.APPROVED) {
            return;
        }
        release.publicationMoved(publishAt, now);
        if (release.getState() != EditionState.APPROVED) {
            return;
        }
        if (release.isAdvanceCopy() && !release.getSendAt().isBefore(publishAt)) {
            sends.cancelFor(release, Actor.scheduler(), "the embargo moved before the advance copy's time");
        } else {
            schedule.schedule(release.getId(), release.getSendAt());
            audit.record(Actor.scheduler(), "newsletter.release.moved", "edition", release.getId(),
                    "send at " + release.getSendAt() + (release.isAdvanceCopy() ? ", embargo " + publishAt : ""));
        }
    }

    private Edition release(long releaseId) {
        Edition release = sends.find(releaseId);
        if (!release.isRelease()) {
            throw new BusinessException("newsletter.edition.error.notFound");
        }
        return release;
    }

    private static void requireBeforeEmbargo(Instant advanceAt, ContentItem item, Instant now) {
        if (item.getState() != ContentState.SCHEDULED) {
            throw new BusinessException("newsletter.release.error.noEmbargo");
        }
        if (advanceAt == null || !advanceAt.isAfter(now) || !advanceAt.isBefore(item.getScheduledFor())) {
            throw new BusinessException("newsletter.release.error.advanceTime");
        }
    }

    private static String titleOf(ContentItem item) {
        return item.translationFor(Language.EN)
                .map(ContentTranslation::getTitle).orElse("#" + item.getId());
    }

    /**
     * What an editor chose: whole audiences, segments (each reaching its audience's members its filters match, at
     * most one per audience, never beside the whole audience), languages and, for an advance copy, when it goes out.
     */
    public record ReleasePlan(List<Long> audienceIds, List<Long> segmentIds, Set<Language> languages,
                              Instant advanceAt) {

        public ReleasePlan {
            audienceIds = List.copyOf(audienceIds);
            segmentIds = List.copyOf(segmentIds);
            languages = Set.copyOf(languages);
        }

        public ReleasePlan(List<Long> audienceIds, Set<Language> languages, Instant advanceAt) {
            this(audienceIds, List.of(), languages, advanceAt);
        }
    }
}
