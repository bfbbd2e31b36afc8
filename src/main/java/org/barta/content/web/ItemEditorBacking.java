package org.barta.content.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.barta.accounts.web.CurrentEditor;
import org.barta.content.ContentItem;
import org.barta.content.ContentKind;
import org.barta.content.ContentRevision;
import org.barta.content.ContentService;
import org.barta.content.ContentState;
import org.barta.content.EventType;
import org.barta.content.Language;
import org.barta.content.Tag;
import org.barta.content.Workflow;
import org.barta.content.WorkflowAction;
import org.barta.media.MediaService;
import org.barta.platform.BusinessException;
import org.barta.platform.web.EditorTime;
import org.barta.platform.web.FacesMessages;
import org.barta.platform.web.FormValidation;
import org.barta.platform.web.NotFound;

/**
 * The item editor page: opens an item (or starts one of a kind), saves its {@link ItemForm}, moves it through the
 * workflow, adds tags, compares and restores revisions. It keeps the version it loaded so a concurrent save by
 * someone else is reported, not lost. What the page chooses from (images, files, tags, revisions) is read once per
 * view and again only after a change to it.
 */
@Named
@ViewScoped
public class ItemEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContentService content;

    @Inject
    transient CurrentEditor editor;

    @Inject
    transient MediaService media;

    @Inject
    transient FormValidation validation;

    private Long id;
    private ContentKind kind;
    private ContentState state;
    private Long ownerId;
    private int version;
    private LocalDateTime publishAt;
    private ItemForm form = ItemForm.empty();
    private final NewTagForm newTag = new NewTagForm();
    private final RevisionComparison comparison = new RevisionComparison();
    private final EditorChoices choices = new EditorChoices();
    private List<ContentRevision> revisions = List.of();

    /** Called by f:viewAction: load {@code ?id=} or start a new item of {@code ?kind=}. */
    public void open() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id != null) {
            try {
                load();
            } catch (BusinessException missing) {
                NotFound.send();
                return;
            }
        } else {
            kind = kind == null ? ContentKind.PRESS_STATEMENT : kind;
            state = ContentState.DRAFT;
        }
        choices.load(media, content);
    }

    private void load() {
        ContentItem item = content.open(id, editor.actor());
        kind = item.getKind();
        state = item.getState();
        ownerId = item.ownerId();
        version = item.getVersion();
        publishAt = EditorTime.toLocal(item.getScheduledFor());
        form = ItemForm.of(item.content());
        revisions = content.revisions(id, editor.actor());
    }

    public void save() throws IOException {
        if (!validation.check(form, EditorFields::clientId)) {
            return;
        }
        try {
            if (id == null) {
                id = content.create(kind, form.content(), editor.actor());
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.getFlash().setKeepMessages(true);
                FacesMessages.info(null, "editor.saved");
                external.redirect(external.getRequestContextPath() + "/admin/item?id=" + id);
                return;
            }
            content.save(id, version, form.content(), editor.actor());
            load();
            FacesMessages.info(null, "editor.saved");
        } catch (BusinessException refusal) {
            FacesMessages.error(EditorFields.clientId(refusal), refusal);
        }
    }

    public void apply(WorkflowAction action) {
        if (id == null) {
            FacesMessages.error(null, "editor.saveFirst");
            return;
        }
        try {
            content.transition(id, version, action, EditorTime.toInstant(publishAt), editor.actor());
            load();
            FacesMessages.info(null, "editor.transitioned", "action." + action.name(), "state." + state.name());
        } catch (BusinessException refusal) {
            FacesMessages.error(EditorFields.clientId(refusal), refusal);
        }
    }

    public void addTag() {
        try {
            Tag tag = content.tag(newTag.getLabelEn(), newTag.getLabelBn(), editor.actor());
            form.addTag(tag.getId());
            choices.reloadTags(content);
            newTag.clear();
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public void compare() {
        if (!comparison.isComplete()) {
            return;
        }
        try {
            comparison.show(content.compare(id, comparison.getFrom(), comparison.getTo(), editor.actor()));
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public void restore(int number) {
        try {
            content.restore(id, version, number, editor.actor());
            load();
            FacesMessages.info(null, "editor.restored", number);
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public boolean may(WorkflowAction action) {
        return id != null && Workflow.permits(action, editor.actor(), state, ownerId);
    }

    public boolean isEditable() {
        return id == null || Workflow.mayEdit(editor.actor(), state, ownerId);
    }

    /** Opens on the language the item is written in: Bangla when only Bangla text exists. */
    public int getActiveTab() {
        return form.openingLanguage().ordinal();
    }

    public void setActiveTab(int index) {
        // The tab the editor clicks is kept by the browser; the server only chooses the first one shown.
    }

    public List<WorkflowAction> getActions() {
        return List.of(WorkflowAction.values());
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public EventType[] getEventTypes() {
        return EventType.values();
    }

    public String getZone() {
        return EditorTime.zone().getId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public ItemForm getForm() {
        return form;
    }

    public NewTagForm getNewTag() {
        return newTag;
    }

    public RevisionComparison getComparison() {
        return comparison;
    }

    public EditorChoices getChoices() {
        return choices;
    }

    public List<ContentRevision> getRevisions() {
        return revisions;
    }
}
