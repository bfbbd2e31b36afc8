package org.barta.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.barta.content.Language;
import org.barta.publicweb.SiteRequest;
import org.barta.site.HomePage;
import org.barta.site.PublicSite;
import org.barta.publicweb.SitePaths;

/** {@code /en/} and {@code /bn/}: the latest statements, editorials, events and reports. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    PublicSite site;

    @Inject
    SiteRequest page;

    @Inject
    SitePaths paths;

    private HomePage lists;

    /** All five lists, read once per request however often the view asks. */
    public HomePage getLists() {
        if (lists == null) {
            lists = site.homePage(page.getLanguage());
        }
        return lists;
    }

    public String getCanonicalUrl() {
        return paths.absolute(paths.home(page.getLanguage()));
    }

    public String getEnglishUrl() {
        return paths.absolute(paths.home(Language.EN));
    }

    public String getBanglaUrl() {
        return paths.absolute(paths.home(Language.BN));
    }
}
