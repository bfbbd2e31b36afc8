package org.barta.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.barta.accounts.web.CurrentEditor;
import org.barta.content.ContentItem;
import org.barta.content.ContentService;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;
import org.barta.platform.BusinessException;
import org.barta.platform.web.NotFound;

/** Shows the saved item through the public theme, in either language, before it is published. */
@Named
@RequestScoped
public class PreviewBacking {

    @Inject
    ContentService content;

    @Inject
    CurrentEditor editor;

    private Long id;
    private String lang;
    private ContentItem item;

    public void load() {
        try {
            item = content.open(id, editor.actor());
        } catch (BusinessException missing) {
            NotFound.send();
        }
    }

    public Language getLanguage() {
        Language requested = Language.fromCode(lang).orElse(Language.EN);
        if (item != null && item.translation(requested).isEmpty()) {
            return requested.other();
        }
        return requested;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public ContentItem getItem() {
        return item;
    }

    public ContentTranslation getText() {
        return item.translation(getLanguage()).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }
}
