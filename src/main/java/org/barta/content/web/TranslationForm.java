package org.barta.content.web;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.barta.content.TranslationContent;

/** The editable text of one language in the item editor, with the rules each field must meet. */
@TitledWhenWritten
public class TranslationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = TranslationContent.MAX_TITLE, message = "{content.titleTooLong}")
    private String title;
    @SlugText
    private String slug;
    private String summary;
    private String body;
    private String imageAlt;

    static TranslationForm of(TranslationContent text) {
        TranslationForm form = new TranslationForm();
        if (text != null) {
            form.title = text.title();
            form.slug = text.slug();
            form.summary = text.summary();
            form.body = text.body();
            form.imageAlt = text.imageAlt();
        }
        return form;
    }

    TranslationContent content() {
        return new TranslationContent(title, slug, summary, body, imageAlt);
    }

    /** Nothing written in this language: the item is saved without it. */
    boolean isBlank() {
        return content().isBlank();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public void setImageAlt(String imageAlt) {
        this.imageAlt = imageAlt;
    }
}
