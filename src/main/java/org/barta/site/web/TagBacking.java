package org.barta.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.barta.content.Tag;
import org.barta.platform.web.NotFound;
import org.barta.publicweb.SiteRequest;
import org.barta.site.ListedItem;
import org.barta.site.Page;
import org.barta.site.PublicSite;
import org.barta.publicweb.SitePaths;

/** {@code /{lang}/tags/{slug}/}: items with one tag. */
@Named
@RequestScoped
public class TagBacking {

    @Inject
    PublicSite site;

    @Inject
    SiteRequest request;

    @Inject
    SitePaths paths;

    private Tag tag;
    private Page<ListedItem> page;

    public void load() {
        tag = site.tag(request.getSlug()).orElse(null);
        if (tag == null || request.getPage() == SiteRequest.NO_SUCH_PAGE) {
            NotFound.send();
            return;
        }
        page = site.tagged(tag, request.getLanguage(), request.getPage());
        if (request.getPage() > page.count()) {
            NotFound.send();
        }
    }

    public String getLabel() {
        return tag.label(request.getLanguage());
    }

    public Page<ListedItem> getPage() {
        return page;
    }

    /** This tag's page in the other language. */
    public String getOtherLanguageUrl() {
        return paths.tag(request.getSlug(), request.getOtherLanguage());
    }
}
