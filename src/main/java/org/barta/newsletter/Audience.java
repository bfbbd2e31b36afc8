package org.barta.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.barta.content.Language;

/** A named list subscribers belong to: the public newsletter, or a private list such as journalists. */
@Entity
@Table(name = "audience")
public class Audience {

    /** The public newsletter every subscriber from before audiences belongs to, and monthly editions go to. */
    public static final String NEWSLETTER = "newsletter";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "name_bn", nullable = false, length = 100)
    private String nameBn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private AudienceVisibility visibility;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Audience() {
    }

    Audience(String code, String nameEn, String nameBn, AudienceVisibility visibility, Instant at) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameBn = nameBn;
        this.visibility = visibility;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameBn() {
        return nameBn;
    }

    public String name(Language language) {
        return language == Language.BN ? nameBn : nameEn;
    }

    /** The name for pages that know their language by its code ("en", "bn"), as Faces views do. */
    public String nameFor(String languageCode) {
        return name(Language.fromCode(languageCode).orElse(Language.EN));
    }

    public AudienceVisibility getVisibility() {
        return visibility;
    }

    public boolean isPublic() {
        return visibility == AudienceVisibility.PUBLIC;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
