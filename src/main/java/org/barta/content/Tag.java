package org.barta.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A topic label in English and Bangla; the slug names its public page. */
@Entity
@Table(name = "tag")
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String slug;

    @Column(name = "label_en", nullable = false, length = 100)
    private String labelEn;

    @Column(name = "label_bn", length = 100)
    private String labelBn;

    protected Tag() {
    }

    public Tag(String slug, String labelEn, String labelBn) {
        this.slug = slug;
        this.labelEn = labelEn;
        this.labelBn = labelBn;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String label(Language language) {
        return label(labelEn, labelBn, language);
    }

    /** The Bangla label on Bangla pages when there is one, else the English one. */
    public static String label(String labelEn, String labelBn, Language language) {
        return language == Language.BN && labelBn != null && !labelBn.isBlank() ? labelBn : labelEn;
    }
}
