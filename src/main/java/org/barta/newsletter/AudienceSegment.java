package org.barta.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.barta.content.Language;

/** An audience narrowed by profile filters and a language, saved under a name unique in its audience. */
@Entity
@Table(name = "audience_segment")
public class AudienceSegment {

    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "audience_id", nullable = false)
    private Long audienceId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = 200)
    private String organisation;

    @Column(length = 100)
    private String beat;

    @Column(length = 100)
    private String district;

    @Column(length = 2)
    private String country;

    @Column(length = 50)
    private String tag;

    @Column(length = 2)
    private Language language;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AudienceSegment() {
    }

    AudienceSegment(long audienceId, String name, ProfileFilter filter, Language language, String createdBy,
                    Instant createdAt) {
        this.audienceId = audienceId;
        this.name = name;
        this.organisation = filter.organisation();
        this.beat = filter.beat();
        this.district = filter.district();
        this.country = filter.country();
        this.tag = filter.tag();
        this.language = language;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public ProfileFilter getFilter() {
        return new ProfileFilter(organisation, beat, district, country, tag);
    }

    /** Who is in the segment, as a condition over {@code subscriber s}; the audience is the caller's to join. */
    public SegmentPredicate predicate() {
        return SegmentPredicate.of(getFilter(), language);
    }

    public Long getId() {
        return id;
    }

    public Long getAudienceId() {
        return audienceId;
    }

    public String getName() {
        return name;
    }

    /** The language its members read in; null: both. */
    public Language getLanguage() {
        return language;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
