package org.barta.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.barta.platform.web.ClientAddress;
import org.barta.platform.web.NotFound;
import org.barta.publicweb.SiteRequest;
import org.barta.site.Page;
import org.barta.site.PublicSite;
import org.barta.site.SearchHit;
import org.barta.site.SearchLimit;

/**
 * {@code /{lang}/search?q=…}: ranked results in both languages with highlighted snippets. Searches are limited
 * per client address: past the limit the page says so with 429 and Retry-After, and is never stored.
 */
@Named
@RequestScoped
public class SearchBacking {

    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    PublicSite site;

    @Inject
    SiteRequest request;

    @Inject
    SearchLimit limit;

    @Inject
    HttpServletRequest http;

    @Inject
    ClientAddress clientAddress;

    private Page<SearchHit> results;
    private boolean limited;

    public void load() {
        if (request.getPage() == SiteRequest.NO_SUCH_PAGE) {
            NotFound.send();
            return;
        }
        if (request.getQuery().isBlank()) {
            return;
        }
        if (!limit.allow(clientAddress.of(http))) {
            limited = true;
            ExternalContext response = FacesContext.getCurrentInstance().getExternalContext();
            response.setResponseStatus(TOO_MANY_REQUESTS);
            response.setResponseHeader("Retry-After", Long.toString(SearchLimit.WINDOW.toSeconds()));
            response.setResponseHeader("Cache-Control", "no-store");
            return;
        }
        results = site.search(request.getQuery(), request.getPage(), request.getLanguage());
        if (request.getPage() > results.count()) {
            NotFound.send();
        }
    }

    public Page<SearchHit> getResults() {
        return results;
    }

    public boolean isLimited() {
        return limited;
    }
}
