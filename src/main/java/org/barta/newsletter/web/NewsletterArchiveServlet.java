package org.barta.newsletter.web;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.barta.content.Language;
import org.barta.newsletter.compose.ArchivePage;
import org.barta.newsletter.compose.RenderedEdition;
import org.barta.newsletter.edition.ArchivedEdition;
import org.barta.newsletter.edition.PublicEditions;
import org.barta.platform.web.FacesMessages;
import org.barta.publicweb.AtomFeeds;
import org.barta.publicweb.PublicRoute;
import org.barta.publicweb.SitePaths;

/**
 * The public newsletter archive's edition pages ({@code /{lang}/newsletter/12}, the e-mail as sent, without
 * personal links, as a valid web page) and its Atom feed ({@code /{lang}/newsletter/feed.atom}). Both are cached
 * like any public page.
 */
@WebServlet(NewsletterArchiveServlet.PATH)
public class NewsletterArchiveServlet extends HttpServlet {

    static final String PATH = "/site-newsletter-archive";
    private static final long serialVersionUID = 1L;

    @Inject
    transient PublicEditions editions;

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
        if (route.get().edition() != null) {
            Optional<RenderedEdition> edition = editions.edition(route.get().edition(), language);
            if (edition.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(ArchivePage.fromMail(edition.get().html()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        feed(language, response);
    }

    private void feed(Language language, HttpServletResponse response) throws IOException {
        ResourceBundle msg = ResourceBundle.getBundle(FacesMessages.BUNDLE, language.locale());
        List<ArchivedEdition> sent = editions.sent(language);
        String self = paths.absolute("/" + language.code() + "/newsletter/feed.atom");
        Feed feed = AtomFeeds.feed(self, paths.absolute("/" + language.code() + "/newsletter/"),
                msg.getString("site.name") + " — " + msg.getString("newsletter.archive.title"),
                sent.isEmpty() || sent.get(0).sentAt() == null ? new Date(0) : Date.from(sent.get(0).sentAt()),
                msg.getString("site.name"));
        feed.setEntries(sent.stream().map(edition -> {
            String url = paths.absolute(edition.path());
            Entry entry = new Entry();
            entry.setId(url);
            entry.setTitle(edition.subject());
            entry.setAlternateLinks(List.of(AtomFeeds.link("alternate", url, "text/html")));
            Date when = edition.sentAt() == null ? new Date(0) : Date.from(edition.sentAt());
            entry.setPublished(when);
            entry.setUpdated(when);
            Content summary = new Content();
            summary.setType("text");
            summary.setValue(edition.month());
            entry.setSummary(summary);
            return entry;
        }).toList());
        AtomFeeds.write(feed, response);
    }
}
