package org.barta.newsletter.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.barta.accounts.web.CurrentEditor;
import org.barta.newsletter.Audience;
import org.barta.newsletter.AudienceService;
import org.barta.newsletter.AudienceVisibility;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;

/** The audiences page: every audience with its member counts, and a form to create one. */
@Named
@ViewScoped
public class AudiencesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELD_OF = Map.of(
            "audiences.nameEnRequired", "create:nameEn",
            "audiences.nameBnRequired", "create:nameBn",
            "audiences.nameTooLong", "create:nameEn",
            "audiences.visibilityRequired", "create:visibility");

    @Inject
    transient AudienceService audiences;

    @Inject
    transient CurrentEditor editor;

    /** Read once per view and again after a change. */
    private transient List<AudienceService.Listed> list;

    private String nameEn;
    private String nameBn;
    private AudienceVisibility visibility;

    public List<AudienceService.Listed> getList() {
        if (list == null) {
            list = audiences.listed(editor.actor());
        }
        return list;
    }

    public void create() {
        try {
            Audience created = audiences.create(nameEn, nameBn, visibility, editor.actor());
            FacesMessages.info(null, "audiences.created", created.getNameEn());
            nameEn = null;
            nameBn = null;
            visibility = null;
            list = null;
        } catch (BusinessException refusal) {
            FacesMessages.error(FIELD_OF.get(refusal.messageKey()), refusal);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public AudienceVisibility[] getVisibilities() {
        return AudienceVisibility.values();
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameBn() {
        return nameBn;
    }

    public void setNameBn(String nameBn) {
        this.nameBn = nameBn;
    }

    public AudienceVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(AudienceVisibility visibility) {
        this.visibility = visibility;
    }
}
