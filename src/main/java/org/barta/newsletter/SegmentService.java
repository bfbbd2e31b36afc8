package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.content.Language;
import org.barta.platform.BusinessException;

/**
 * Saved segments: an audience narrowed by profile filters and a language, under a name. Editors and
 * administrators only; saving and deleting are audited. {@link #predicate} gives a send the segment's condition.
 */
@ApplicationScoped
public class SegmentService {

    /** A segment with how many it reaches now. */
    public record Counted(AudienceSegment segment, long confirmed) {
    }

    @Inject
    SegmentRepository segments;

    @Inject
    AudienceRepository audiences;

    @Inject
    AuditLog audit;

    /** Saves the filters as a segment of the audience; refused without a name, a filter, or when the name is taken. */
    @Transactional
    public AudienceSegment save(long audienceId, String name, ProfileFilter filter, Language language, Actor actor) {
        SubscriberAdminService.requireEditorial(actor);
        Audience audience = audiences.find(audienceId)
                .orElseThrow(() -> new BusinessException("segments.audienceRequired"));
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new BusinessException("segments.nameRequired");
        }
        if (clean.length() > AudienceSegment.MAX_NAME) {
            throw new BusinessException("segments.nameTooLong", AudienceSegment.MAX_NAME);
        }
        ProfileFilter filters = filter == null ? ProfileFilter.ANY : filter.checked();
        if (filters.isAny() && language == null) {
            throw new BusinessException("segments.filterRequired");
        }
        if (segments.byName(audienceId, clean).isPresent()) {
            throw new BusinessException("segments.nameTaken", clean);
        }
        AudienceSegment segment = new AudienceSegment(audienceId, clean, filters, language, actor.username(),
                Instant.now());
        segments.add(segment);
        audit.record(actor, "segment.save", "audience_segment", segment.getId(), audience.getCode() + " " + clean);
        return segment;
    }

    @Transactional
    public void delete(long segmentId, Actor actor) {
        SubscriberAdminService.requireEditorial(actor);
        AudienceSegment segment = find(segmentId);
        if (segments.isNamedBySend(segmentId)) {
            throw new BusinessException("segments.inUse", segment.getName());
        }
        segments.remove(segment);
        audit.record(actor, "segment.delete", "audience_segment", segmentId,
                "audience " + segment.getAudienceId() + " " + segment.getName());
    }

    /** The audience's segments by name, each with its current count of confirmed members. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Counted> forAudience(long audienceId, Actor actor) {
        SubscriberAdminService.requireEditorial(actor);
        return segments.forAudience(audienceId).stream()
                .map(s -> new Counted(s, segments.countConfirmed(s))).toList();
    }

    /** How many confirmed members of its audience the segment reaches now, as a send would count them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(long segmentId, Actor actor) {
        SubscriberAdminService.requireEditorial(actor);
        return segments.countConfirmed(find(segmentId));
    }

    /**
     * The segment, for a send that goes to it: {@link AudienceSegment#getAudienceId()} is the audience to join,
     * {@link AudienceSegment#predicate()} the condition over {@code subscriber s} to add. Callers check who may send.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AudienceSegment forSending(long segmentId) {
        return find(segmentId);
    }

    /** The segments of these audiences, to choose from for a send; callers check who may prepare it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AudienceSegment> choices(Collection<Long> audienceIds) {
        return segments.forAudiences(audienceIds);
    }

    /** How many different addresses a send to these whole audiences and these segments reaches: one copy each. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long reach(Collection<Long> wholeAudiences, Collection<Long> segmentIds) {
        return segments.reach(wholeAudiences, segmentIds.stream().map(this::find).toList());
    }

    private AudienceSegment find(long segmentId) {
        return segments.find(segmentId).orElseThrow(() -> new BusinessException("segments.notFound", segmentId));
    }
}
