package org.barta.content.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.web.CurrentEditor;
import org.barta.content.ContentCatalog;
import org.barta.content.ContentKind;
import org.barta.content.ContentService;
import org.barta.content.ContentState;
import org.barta.content.ItemQuery;
import org.barta.content.ItemRow;
import org.barta.content.Language;
import org.barta.content.Tag;
import org.barta.platform.web.EditorTime;
import org.barta.platform.web.PagedModel;

/** The admin item list: lazy-loaded, filtered by kind, state, language, tag, author and date, sortable. */
@Named
@ViewScoped
public class ItemListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContentCatalog catalog;

    @Inject
    transient ContentService content;

    @Inject
    transient AccountService accounts;

    @Inject
    transient CurrentEditor editor;

    private ContentKind kind;
    private ContentState state;
    private Language language;
    private Long tagId;
    private Long authorId;
    private LocalDate from;
    private LocalDate to;
    private String text;

    private final PagedModel<ItemRow> items = new PagedModel<>(() -> catalog.count(query(), editor.actor()),
            (first, size, sortField, ascending) -> catalog.search(query(), editor.actor(), first, size,
                    sortField == null ? "updatedAt" : sortField, ascending), ItemRow::id);

    private ItemQuery query() {
        return new ItemQuery(kind, state, language, tagId, authorId, EditorTime.startOf(from),
                to == null ? null : EditorTime.startOf(to.plusDays(1)), text);
    }

    public PagedModel<ItemRow> getItems() {
        return items;
    }

    public ContentKind[] getKinds() {
        return ContentKind.values();
    }

    public ContentState[] getStates() {
        return ContentState.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public List<Tag> getTags() {
        return content.allTags();
    }

    public List<Account> getAuthors() {
        return accounts.staff();
    }

    public ContentKind getKind() {
        return kind;
    }

    public void setKind(ContentKind kind) {
        this.kind = kind;
    }

    public ContentState getState() {
        return state;
    }

    public void setState(ContentState state) {
        this.state = state;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Long getTagId() {
        return tagId;
    }

    public void setTagId(Long tagId) {
        this.tagId = tagId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public void setAuthorId(Long authorId) {
        this.authorId = authorId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
