package org.barta.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.barta.site.ListedItem;
import org.barta.site.Page;
import org.barta.site.PublicSite;

/** {@code /{lang}/{kind}/?page=N}: one kind's published items, newest first. */
@Named
@RequestScoped
public class ListingBacking {

    @Inject
    PublicSite site;

    @Inject
    SiteRequest request;

    private Page<ListedItem> page;

    public void load() {
        page = site.listing(request.getKind(), request.getLanguage(), request.getPage());
        if (request.getPage() > page.count()) {
            NotFound.send();
        }
    }

    public Page<ListedItem> getPage() {
        return page;
    }
}
