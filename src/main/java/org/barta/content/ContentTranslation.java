package org.barta.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An item's title, slug, summary and body in one language. */
@Entity
@Table(name = "content_translation")
public class ContentTranslation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private ContentItem item;

    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(columnDefinition = "TEXT")
    private String summary;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "featured_image_alt", length = 500)
    private String imageAlt;

    protected ContentTranslation() {
    }

    ContentTranslation(ContentItem item, Language language, TranslationContent text) {
        this.item = item;
        this.language = language;
        rewrite(text);
    }

    final void rewrite(TranslationContent text) {
        this.title = text.title();
        this.slug = text.slug();
        this.summary = text.summary();
        this.body = text.body();
        this.imageAlt = text.imageAlt();
    }

    TranslationContent content() {
        return new TranslationContent(title, slug, summary, body, imageAlt);
    }

    public Long getId() {
        return id;
    }

    public ContentItem getItem() {
        return item;
    }

    public Language getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getImageAlt() {
        return imageAlt;
    }
}
