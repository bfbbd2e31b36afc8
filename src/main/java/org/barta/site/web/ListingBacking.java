package org.barta.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.barta.platform.web.NotFound;
import org.barta.publicweb.SiteRequest;
import org.barta.site.ListedItem;
import org.barta.site.Page;
import org.barta.site.PublicSite;
import org.barta.publicweb.SitePaths;

/** {@code /{lang}/{kind}/?page=N}: one kind's published items, newest first. */
@Named
@RequestScoped
public class ListingBacking {

    @Inject
    PublicSite site;

    @Inject
    SiteRequest request;

    @Inject
    SitePaths paths;

    private Page<ListedItem> page;

    public void load() {
        if (request.getPage() == SiteRequest.NO_SUCH_PAGE) {
            NotFound.send();
            return;
        }
        page = site.listing(request.getKind(), request.getLanguage(), request.getPage());
        if (request.getPage() > page.count()) {
            NotFound.send();
        }
    }

    public Page<ListedItem> getPage() {
        return page;
    }

    /** The resource bundle key of the kind's plural name ("nav.PRESS_STATEMENT"), the page's title. */
    public String getTitleKey() {
        return "nav." + request.getKind().name();
    }

    public String getCanonicalUrl() {
        return paths.absolute(paths.listing(request.getKind(), request.getLanguage()));
    }

    public String getFeedUrl() {
        return paths.feed(request.getLanguage(), request.getKind());
    }

    public String getOtherLanguageUrl() {
        return paths.listing(request.getKind(), request.getOtherLanguage());
    }
}
