package org.barta.site.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.barta.accounts.web.CurrentEditor;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;
import org.barta.site.redirect.MissingAddress;
import org.barta.site.redirect.Redirect;
import org.barta.site.redirect.RedirectSearch;
import org.barta.site.redirect.RedirectService;

/**
 * The redirects page: the old addresses (all, or those a search finds) with where they lead, their hits and last
 * hit; a form to add one (or to point one elsewhere); and the addresses people still arrive at in vain, each a click
 * away from a redirect. The lists are read once per view and again after each change.
 */
@Named
@ViewScoped
public class RedirectsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELD_OF = Map.of(
            "redirects.sourceInvalid", "redirect:source",
            "redirects.sourceReserved", "redirect:source",
            "redirects.sourceIsPage", "redirect:source",
            "redirects.sourceTaken", "redirect:source",
            "redirects.targetInvalid", "redirect:target");

    @Inject
    transient RedirectService redirects;

    @Inject
    transient CurrentEditor editor;

    private String source;
    private String target;
    private Long changing;
    private String query;
    private transient RedirectSearch found;
    private transient List<MissingAddress> missing;

    /** The redirects matching the search in the address ({@code ?q=}), all while there is none. */
    public RedirectSearch getSearch() {
        if (found == null) {
            found = redirects.search(query, editor.actor());
        }
        return found;
    }

    public List<MissingAddress> getMissing() {
        if (missing == null) {
            missing = redirects.missing(editor.actor());
        }
        return missing;
    }

    /** Adds the redirect, or points the one being changed at the new target. */
    public void save() {
        try {
            if (changing == null) {
                redirects.add(source, target, editor.actor());
                FacesMessages.info(null, "redirects.added");
            } else {
                redirects.changeTarget(changing, target, editor.actor());
                FacesMessages.info(null, "redirects.changed");
            }
            clear();
        } catch (BusinessException refusal) {
            FacesMessages.error(FIELD_OF.get(refusal.messageKey()), refusal);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Fills the form to point an existing redirect elsewhere. */
    public void change(Redirect redirect) {
        changing = redirect.id();
        source = redirect.source();
        target = redirect.target();
    }

    /** Fills the form with a missing address as the source. */
    public void redirectMissing(String address) {
        clear();
        source = address;
    }

    public void remove(long id) {
        try {
            redirects.remove(id, editor.actor());
            FacesMessages.info(null, "redirects.removed");
            clear();
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    public void cancel() {
        clear();
    }

    private void clear() {
        source = null;
        target = null;
        changing = null;
        found = null;
        missing = null;
    }

    public boolean isChanging() {
        return changing != null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
        found = null;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
