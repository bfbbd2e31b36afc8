package org.barta.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.barta.newsletter.edition.ArchivedEdition;
import org.barta.newsletter.edition.PublicEditions;
import org.barta.platform.web.NotFound;
import org.barta.publicweb.SiteRequest;

/** {@code /{lang}/newsletter/}: every sent edition, newest first, on one page (any other page number is 404). */
@Named
@RequestScoped
public class NewsletterArchiveBacking {

    @Inject
    PublicEditions editions;

    @Inject
    SiteRequest request;

    private List<ArchivedEdition> sent;

    public void load() {
        if (request.getPage() != 1) {
            NotFound.send();
        }
    }

    public List<ArchivedEdition> getEditions() {
        if (sent == null) {
            sent = editions.sent(request.getLanguage());
        }
        return sent;
    }
}
