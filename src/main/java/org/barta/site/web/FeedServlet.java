package org.barta.site.web;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.barta.content.ContentKind;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;
import org.barta.platform.web.FacesMessages;
import org.barta.publicweb.AtomFeeds;
import org.barta.publicweb.PublicRoute;
import org.barta.site.EmailCloaking;
import org.barta.site.PublicSite;
import org.barta.publicweb.SitePaths;

/** Atom feeds (ROME) of the whole site and of each kind, per language; reached through {@link SiteRouter}. */
@WebServlet(FeedServlet.PATH)
public class FeedServlet extends HttpServlet {

    static final String PATH = "/site-feed";
    private static final long serialVersionUID = 1L;

    @Inject
    transient PublicSite site;

    @Inject
    transient SitePaths paths;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PublicRoute> route = PublicRoute.of(request);
        if (route.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = route.get().language();
        ContentKind kind = route.get().kind();
        ResourceBundle msg = ResourceBundle.getBundle(FacesMessages.BUNDLE, language.locale());
        List<ContentTranslation> entries = site.feed(language, kind);

        String self = paths.absolute(paths.feed(language, kind));
        Feed feed = AtomFeeds.feed(self, paths.absolute(kind == null ? paths.home(language)
                        : paths.listing(kind, language)),
                msg.getString("site.name") + (kind == null ? "" : " — " + msg.getString("kind." + kind.name())),
                entries.isEmpty() ? new Date(0) : Date.from(entries.get(0).getItem().getUpdatedAt()),
                msg.getString("site.name"));
        feed.setEntries(entries.stream().map(this::entry).toList());
        AtomFeeds.write(feed, response);
    }

    private Entry entry(ContentTranslation translation) {
        String url = paths.absolute(paths.item(translation));
        Entry entry = new Entry();
        entry.setId(url);
        entry.setTitle(translation.getTitle());
        entry.setAlternateLinks(List.of(AtomFeeds.link("alternate", url, "text/html")));
        entry.setPublished(Date.from(translation.getItem().getPublishedAt()));
        entry.setUpdated(Date.from(translation.getItem().getUpdatedAt()));
        if (translation.getSummary() != null) {
            Content summary = new Content();
            summary.setType("text");
            summary.setValue(translation.getSummary());
            entry.setSummary(summary);
        }
        Content body = new Content();
        body.setType("html");
        body.setValue(EmailCloaking.cloak(translation.getBody() == null ? "" : translation.getBody()));
        entry.setContents(List.of(body));
        return entry;
    }
}
