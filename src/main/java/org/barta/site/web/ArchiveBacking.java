package org.barta.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import org.barta.platform.web.NotFound;
import org.barta.publicweb.SiteRequest;
import org.barta.site.ListedItem;
import org.barta.publicweb.LocalizedDates;
import org.barta.site.Page;
import org.barta.site.PublicSite;

/** {@code /{lang}/archive/2026/11/}: everything published that month. */
@Named
@RequestScoped
public class ArchiveBacking {

    @Inject
    PublicSite site;

    @Inject
    SiteRequest request;

    @Inject
    LocalizedDates dates;

    private YearMonth month;
    private Page<ListedItem> page;

    public void load() {
        month = request.getMonth();
        if (month == null || request.getPage() == SiteRequest.NO_SUCH_PAGE) {
            NotFound.send();
            return;
        }
        page = site.archive(request.getLanguage(), month, request.getPage());
        if (request.getPage() > page.count()) {
            NotFound.send();
        }
    }

    public String getTitle() {
        return dates.month(month, request.getLanguage());
    }

    public Page<ListedItem> getPage() {
        return page;
    }
}
