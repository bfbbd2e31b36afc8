package org.barta.platform.web;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import jakarta.faces.view.ViewMetadata;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a view's metadata view (its {@code <f:metadata>}: view parameters, view actions) only for views that have
 * one. Faces builds it on every first request of a page before building the page itself; for a page without
 * metadata (the home page, an item page, the error pages) that is a second pass over its Facelets file that yields
 * an empty view root: 4.7 % of those pages' CPU (bench/README.md, "Uncached pages"). Which views have no metadata
 * is learnt from the first build of each, and only in production, where view files cannot change; on a first
 * request (not a postback) such a view then starts from the view handler's new view root, as Faces does when a
 * language has no metadata at all. Registered in faces-config.xml; public pages with and without view actions are
 * checked by PublicSiteIT, admin pages with view parameters and postbacks to stateless views by EditorialJourneyIT,
 * the extensionless addresses Faces makes from the list of views ({@code /login}) by SignInIT.
 */
public class MetadataFreeViews extends ViewDeclarationLanguageFactory {

    private final Set<String> withoutMetadata = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<ViewDeclarationLanguage, ViewDeclarationLanguage> wrapped =
            new ConcurrentHashMap<>();

    public MetadataFreeViews(ViewDeclarationLanguageFactory factory) {
        super(factory);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
        return language == null ? null : wrapped.computeIfAbsent(language, Remembering::new);
    }

    /** Every language, wrapped as above: Faces lists the views (extensionless addresses such as /login) from here. */
    @Override
    public List<ViewDeclarationLanguage> getAllViewDeclarationLanguages() {
        return getWrapped().getAllViewDeclarationLanguages().stream()
                .map(language -> wrapped.computeIfAbsent(language, Remembering::new)).toList();
    }

    /** The view language, remembering which views' metadata views came out empty. */
    private final class Remembering extends ViewDeclarationLanguageWrapper {

        Remembering(ViewDeclarationLanguage language) {
            super(language);
        }

        @Override
        public ViewMetadata getViewMetadata(FacesContext context, String viewId) {
            boolean production = context.isProjectStage(ProjectStage.Production);
            // A postback to a stateless view is restored from its metadata view, which Mojarra then expects.
            if (production && withoutMetadata.contains(viewId) && !context.isPostback()) {
                return null;
            }
            ViewMetadata metadata = super.getViewMetadata(context, viewId);
            if (metadata == null || !production) {
                return metadata;
            }
            return new ViewMetadata() {
                @Override
                public String getViewId() {
                    return metadata.getViewId();
                }

                @Override
                public UIViewRoot createMetadataView(FacesContext facesContext) {
                    UIViewRoot root = metadata.createMetadataView(facesContext);
                    if (!ViewMetadata.hasMetadata(root)) {
                        withoutMetadata.add(viewId);
                    }
                    return root;
                }
            };
        }
    }
}
