package org.barta.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.barta.content.ContentKind;
import org.barta.content.Language;
import org.barta.publicweb.SiteRequest;
import org.barta.publicweb.PublicLists.PublicList;
import org.barta.site.FooterPages;
import org.barta.site.ListedItem;
import org.barta.site.SignUpLists;
import org.barta.publicweb.SitePaths;

/**
 * What the theme's page frame shows around every public page, in the page's language: its code, the other
 * language, and the addresses in the header, navigation and footer. Worked out once per request and read as plain
 * properties: an EL method call ({@code paths.home(siteRequest.language)}) looks its method up by reflection on
 * every evaluation.
 */
@Named("frame")
@RequestScoped
public class SiteFrame {

    /** The list every sign-up goes to unless the reader chooses others (the newsletter's audience code). */
    private static final String NEWSLETTER = "newsletter";

    private static final List<ContentKind> LISTED_KINDS = List.of(ContentKind.PRESS_STATEMENT,
            ContentKind.EDITORIAL, ContentKind.EVENT_REPORT, ContentKind.REPORT, ContentKind.NETWORK_PAGE,
            ContentKind.UNIT_PAGE);

    @Inject
    SiteRequest request;

    @Inject
    SitePaths paths;

    @Inject
    FooterPages footerPages;

    @Inject
    SignUpLists signUpLists;

    private Language language;
    private Map<String, String> listingUrls;

    /** A list the sign-up form offers: the code it posts, its name in the page's language, ticked or not. */
    public record ListChoice(String code, String name, boolean ticked) {
    }

    /** A link in the navigation: its address and the resource bundle key of its text. */
    public record Link(String url, String key) {
    }

    private Language language() {
        if (language == null) {
            language = request.getLanguage();
        }
        return language;
    }

    public String getLanguageCode() {
        return language().code();
    }

    public String getOtherLanguageCode() {
        return language().other().code();
    }

    /** The resource bundle key of the other language's name ("lang.bn"), written in that language. */
    public String getOtherLanguageKey() {
        return "lang." + language().other().code();
    }

    public String getHomeUrl() {
        return paths.home(language());
    }

    public String getOtherHomeUrl() {
        return paths.home(language().other());
    }

    public String getSearchUrl() {
        return paths.search(language());
    }

    public String getFeedUrl() {
        return paths.feed(language(), null);
    }

    public String getNewsletterUrl() {
        return paths.home(language()) + "newsletter/";
    }

    public String getSubscribeUrl() {
        return paths.home(language()) + "newsletter/subscribe";
    }

    /** "bn_BD" or "en_GB", for OpenGraph. */
    public String getOpenGraphLocale() {
        return language() == Language.BN ? "bn_BD" : "en_GB";
    }

    /** Each kind's listing in this language, by kind name ("PRESS_STATEMENT"); made once per request. */
    public Map<String, String> getListingUrls() {
        if (listingUrls == null) {
            listingUrls = new HashMap<>();
            for (ContentKind kind : ContentKind.values()) {
                if (!kind.pathSegment().isEmpty()) {
                    listingUrls.put(kind.name(), paths.listing(kind, language()));
                }
            }
        }
        return listingUrls;
    }

    /**
     * The public lists the sign-up form offers, the newsletter ticked; none while the newsletter is the only one
     * (the form then signs up for it without asking).
     */
    public List<ListChoice> getSignUpLists() {
        List<PublicList> all = signUpLists.all();
        if (all.size() < 2) {
            return List.of();
        }
        Language current = language();
        return all.stream().map(l -> new ListChoice(l.code(), l.name(current), l.code().equals(NEWSLETTER))).toList();
    }

    /** The plain pages linked from the footer, in this language. */
    public List<ListedItem> getFooterPages() {
        return footerPages.of(language());
    }

    public List<Link> getNavigation() {
        Language current = language();
        return LISTED_KINDS.stream().map(kind -> new Link(paths.listing(kind, current), "nav." + kind.name())).toList();
    }
}
