package org.barta.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.barta.site.Page;
import org.barta.site.PublicSite;
import org.barta.site.SearchHit;

/** {@code /{lang}/search?q=…}: ranked results in both languages with highlighted snippets. */
@Named
@RequestScoped
public class SearchBacking {

    @Inject
    PublicSite site;

    @Inject
    SiteRequest request;

    private Page<SearchHit> results;

    public Page<SearchHit> getResults() {
        if (results == null) {
            results = site.search(request.getQuery(), request.getPage());
        }
        return results;
    }
}
