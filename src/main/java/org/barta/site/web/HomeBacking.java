package org.barta.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.barta.content.ContentCatalog;
import org.barta.content.ContentKind;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;

/** The public home page: the latest statements and events, units and networks, in the visitor's language. */
@Named
@RequestScoped
public class HomeBacking {

    private static final int LATEST = 5;
    private static final int ALL = 50;

    @Inject
    ContentCatalog catalog;

    private Language language;

    /** {@code ?lang=bn} wins; otherwise the browser's Accept-Language; otherwise English. */
    public Language getLanguage() {
        if (language == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String requested = faces.getExternalContext().getRequestParameterMap().get("lang");
            language = Language.fromCode(requested).orElseGet(() -> fromAcceptLanguage(faces));
        }
        return language;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public Language getOtherLanguage() {
        return getLanguage() == Language.EN ? Language.BN : Language.EN;
    }

    public List<ContentTranslation> getPressStatements() {
        return catalog.latestPublished(ContentKind.PRESS_STATEMENT, getLanguage(), LATEST);
    }

    public List<ContentTranslation> getEvents() {
        return catalog.latestPublished(ContentKind.EVENT_REPORT, getLanguage(), LATEST);
    }

    public List<ContentTranslation> getUnits() {
        return catalog.latestPublished(ContentKind.UNIT_PAGE, getLanguage(), ALL);
    }

    public List<ContentTranslation> getNetworks() {
        return catalog.latestPublished(ContentKind.NETWORK_PAGE, getLanguage(), ALL);
    }

    private static Language fromAcceptLanguage(FacesContext faces) {
        Iterator<Locale> preferred = faces.getExternalContext().getRequestLocales();
        while (preferred.hasNext()) {
            var match = Language.fromCode(preferred.next().getLanguage());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return Language.EN;
    }
}
