package org.barta.content;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A publishable item of any kind, with its text in one or both languages. */
@Entity
@Table(name = "content_item")
public class ContentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ContentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContentState state;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @MapKey(name = "language")
    private Map<Language, ContentTranslation> translations = new EnumMap<>(Language.class);

    @Version
    private int version;

    protected ContentItem() {
    }

    public ContentItem(ContentKind kind) {
        this.kind = kind;
        this.state = ContentState.DRAFT;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public ContentTranslation translate(Language language, String title, String slug, String summary, String body) {
        ContentTranslation translation = translations.get(language);
        if (translation == null) {
            translation = new ContentTranslation(this, language, title, slug, summary, body);
            translations.put(language, translation);
        } else {
            translation.rewrite(title, slug, summary, body);
        }
        updatedAt = Instant.now();
        return translation;
    }

    public Optional<ContentTranslation> translation(Language language) {
        return Optional.ofNullable(translations.get(language));
    }

    public Long getId() {
        return id;
    }

    public ContentKind getKind() {
        return kind;
    }

    public ContentState getState() {
        return state;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
