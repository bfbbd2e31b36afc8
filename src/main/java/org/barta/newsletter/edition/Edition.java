package org.barta.newsletter.edition;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.barta.content.Language;
import org.barta.platform.BusinessException;

/**
 * A newsletter edition, of the monthly series or extra, to one audience: its text per language, the period it
 * covers, its schedule and state. Editions to a private audience have no number (the public archive's numbers
 * would show a gap where they went out). A press release is an edition too: it carries one content item instead
 * of text of its own, goes to one or more audiences in the languages chosen, and, as an advance copy, names the
 * embargo it is under.
 */
@Entity
@Table(name = "newsletter_edition")
public class Edition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Integer number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EditionSeries series;

    @Column(nullable = false)
    private LocalDate month;

    /** Who receives it: the monthly series goes to the newsletter audience, an extra edition to any. */
    @Column(name = "audience_id", nullable = false)
    private Long audienceId;

    /** The statement a press release carries; null for other editions. */
    @Column(name = "content_item_id")
    private Long contentItemId;

    /** For an embargoed advance copy, the time the statement is published (and may be reported); null otherwise. */
    @Column(name = "embargo_until")
    private Instant embargoUntil;

    /** The languages a press release is sent in; null (both, each reader's own) for other editions. */
    @Column(name = "languages", length = 16)
    private String languages;

    /** Audiences reached beyond the lead one ({@code audienceId}); a subscriber in several gets one copy. */
    @ElementCollection
    @CollectionTable(name = "edition_further_audience", joinColumns = @JoinColumn(name = "edition_id"))
    @Column(name = "audience_id")
    private Set<Long> furtherAudienceIds = new HashSet<>();

    /** Audiences a release reaches through one of their segments only, with that segment: audience to segment. */
    @ElementCollection
    @CollectionTable(name = "edition_segment", joinColumns = @JoinColumn(name = "edition_id"))
    @MapKeyColumn(name = "audience_id")
    @Column(name = "segment_id")
    private Map<Long, Long> segmentByAudience = new HashMap<>();

    @Column(name = "subject_en", length = 200)
    private String subjectEn;

    @Column(name = "subject_bn", length = 200)
    private String subjectBn;

    @Column(name = "intro_en")
    private String introEn;

    @Column(name = "intro_bn")
    private String introBn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EditionState state;

    @Column(name = "covers_from", nullable = false)
    private Instant coversFrom;

    @Column(name = "covers_to", nullable = false)
    private Instant coversTo;

    @Column(name = "send_at")
    private Instant sendAt;

    /** The first of two approvals (four eyes), waiting for a second editor; cleared by any change. */
    @Column(name = "proposed_by")
    private Long proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "proposed_send_at")
    private Instant proposedSendAt;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "send_started_at")
    private Instant sendStartedAt;

    @Column(name = "send_finished_at")
    private Instant sendFinishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Edition() {
    }

    private Edition(EditionSeries series, Integer number, YearMonth month, long audienceId, Instant coversFrom,
                    Instant coversTo, Instant sendAt, Instant now) {
        this.series = series;
        this.number = number;
        this.audienceId = audienceId;
        this.month = month.atDay(1);
        this.coversFrom = coversFrom;
        this.coversTo = coversTo;
        this.sendAt = sendAt;
        this.state = EditionState.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The month's edition of the series, covering what was published in that period. */
    static Edition monthly(int number, YearMonth month, long audienceId, Instant coversFrom, Instant coversTo,
                           Instant sendAt, Instant now) {
        return new Edition(EditionSeries.MONTHLY, number, month, audienceId, coversFrom, coversTo, sendAt, now);
    }

    /** An extra edition, filed under the month it is made in; {@code number} is null for a private audience. */
    static Edition extra(Integer number, YearMonth month, long audienceId, Instant now) {
        return new Edition(EditionSeries.EXTRA, number, month, audienceId, now, now, null, now);
    }

    /**
     * A press release of one item to the given audiences (the first leads: its name is the one the edition is
     * listed under), in the given languages. An advance copy goes out at {@code sendAt} under the embargo
     * {@code embargoUntil}; a copy at publication has no embargo and goes out when the item is published.
     */
    static Edition release(long itemId, List<Long> audienceIds, Map<Long, Long> segmentByAudience,
                           Set<Language> languages, Instant embargoUntil, Instant sendAt, YearMonth month,
                           Instant now) {
        Edition edition = new Edition(EditionSeries.RELEASE, null, month, audienceIds.get(0), now, now, sendAt, now);
        edition.contentItemId = itemId;
        edition.furtherAudienceIds.addAll(audienceIds.subList(1, audienceIds.size()));
        edition.furtherAudienceIds.remove(edition.audienceId);
        if (!audienceIds.containsAll(segmentByAudience.keySet())) {
            throw new IllegalArgumentException("A segment of an audience the release does not go to");
        }
        edition.segmentByAudience.putAll(segmentByAudience);
        edition.languages = EnumSet.copyOf(languages).stream().map(Language::code).collect(Collectors.joining(","));
        edition.embargoUntil = embargoUntil;
        return edition;
    }

    /**
     * The statement's publication time moved (or was set): a copy at publication goes with it, an advance copy
     * names the new embargo. What a first approver saw has changed, so a waiting first approval is void.
     */
    void publicationMoved(Instant publishAt, Instant now) {
        if (isAdvanceCopy()) {
            embargoUntil = publishAt;
        } else {
            sendAt = publishAt;
        }
        if (state == EditionState.DRAFT) {
            withdrawProposal();
        }
        updatedAt = now;
    }

    void write(Language language, String subject, String intro, Instant now) {
        requireEditable();
        if (language == Language.BN) {
            subjectBn = subject;
            introBn = intro;
        } else {
            subjectEn = subject;
            introEn = intro;
        }
        changed(now);
    }

    /** The items changed (or anything else a second approver would have seen): a first approval no longer holds. */
    void changed(Instant now) {
        requireEditable();
        withdrawProposal();
        updatedAt = now;
    }

    /**
     * An editor approves the edition to go out at {@code sendAt}. With one approval needed it is approved at once.
     * With two (four eyes), the first approval is kept as a proposal and the edition stays a draft; a different
     * editor's approval then approves exactly that proposal, at the time proposed. Returns whether the edition is now
     * approved.
     */
    boolean approve(long accountId, Instant sendAt, int approvalsNeeded, Instant now) {
        requireEditable();
        if (approvalsNeeded > 1 && proposedBy == null) {
            if (sendAt == null) {
                throw new BusinessException("newsletter.edition.error.noSchedule");
            }
            proposedBy = accountId;
            proposedAt = now;
            proposedSendAt = sendAt;
            updatedAt = now;
            return false;
        }
        if (approvalsNeeded > 1 && proposedBy == accountId) {
            throw new BusinessException("newsletter.edition.error.sameApprover");
        }
        Instant when = approvalsNeeded > 1 ? proposedSendAt : sendAt;
        if (when == null) {
            throw new BusinessException("newsletter.edition.error.noSchedule");
        }
        this.sendAt = when;
        this.state = EditionState.APPROVED;
        this.approvedBy = accountId;
        this.approvedAt = now;
        updatedAt = now;
        return true;
    }

    /** The first approver takes their approval back (or a change voided it). */
    void withdrawProposal() {
        proposedBy = null;
        proposedAt = null;
        proposedSendAt = null;
    }

    void withdrawApproval(Instant now) {
        if (state != EditionState.APPROVED) {
            throw new BusinessException("newsletter.edition.error.notApproved");
        }
        state = EditionState.DRAFT;
        approvedBy = null;
        approvedAt = null;
        withdrawProposal();
        updatedAt = now;
    }

    void requireEditable() {
        if (!state.isEditable()) {
            throw new BusinessException("newsletter.edition.error.notEditable");
        }
    }

    public String subject(Language language) {
        return language == Language.BN ? subjectBn : subjectEn;
    }

    public String intro(Language language) {
        return language == Language.BN ? introBn : introEn;
    }

    public Long getId() {
        return id;
    }

    public Long getAudienceId() {
        return audienceId;
    }

    /** Every audience the edition reaches, the lead one first. */
    public List<Long> audienceIds() {
        List<Long> all = new ArrayList<>();
        all.add(audienceId);
        furtherAudienceIds.stream().sorted().forEach(all::add);
        return all;
    }

    /** The segment through which the release reaches this audience, or null when it reaches all its members. */
    public Long segmentFor(long audienceId) {
        return segmentByAudience.get(audienceId);
    }

    /** Audience to segment, for each audience the release reaches through a segment only. */
    public Map<Long, Long> getSegmentByAudience() {
        return Map.copyOf(segmentByAudience);
    }

    public Long getContentItemId() {
        return contentItemId;
    }

    public boolean isRelease() {
        return series == EditionSeries.RELEASE;
    }

    /** A press release sent before the statement is public, under embargo. */
    public boolean isAdvanceCopy() {
        return isRelease() && embargoUntil != null;
    }

    public Instant getEmbargoUntil() {
        return embargoUntil;
    }

    /** The languages it is sent in (in {@link Language} order): both for editions, those chosen for a release. */
    public Set<Language> getLanguages() {
        Set<Language> sentIn = EnumSet.noneOf(Language.class);
        if (languages != null) {
            for (String code : languages.split(",")) {
                Language.fromCode(code).ifPresent(sentIn::add);
            }
        }
        return sentIn.isEmpty() ? EnumSet.allOf(Language.class) : sentIn;
    }

    /** The archive number; null for an edition to a private audience. */
    public Integer getNumber() {
        return number;
    }

    public EditionSeries getSeries() {
        return series;
    }

    public boolean isExtra() {
        return series == EditionSeries.EXTRA;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public EditionState getState() {
        return state;
    }

    public Instant getCoversTo() {
        return coversTo;
    }

    public Instant getSendAt() {
        return sendAt;
    }

    /** Who gave the first of two approvals, while it waits for the second; null otherwise. */
    public Long getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getProposedSendAt() {
        return proposedSendAt;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    public Instant getSendStartedAt() {
        return sendStartedAt;
    }

    public Instant getSendFinishedAt() {
        return sendFinishedAt;
    }
}
