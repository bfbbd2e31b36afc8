package org.barta.publicweb;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Date;
import java.util.List;

/** What every Atom feed of the site has (ROME): its id and links, the publisher, and how it is written out. */
public final class AtomFeeds {

    private AtomFeeds() {
    }

    /** A feed without entries yet: {@code self} is its own address, {@code page} the page it follows. */
    public static Feed feed(String self, String page, String title, Date updated, String publisher) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitle(title);
        feed.setUpdated(updated);
        feed.setAlternateLinks(List.of(link("alternate", page, "text/html")));
        feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
        Person person = new Person();
        person.setName(publisher);
        feed.setAuthors(List.of(person));
        return feed;
    }

    public static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    public static void write(Feed feed, HttpServletResponse response) throws IOException {
        response.setContentType("application/atom+xml;charset=UTF-8");
        try {
            new WireFeedOutput().output(feed, response.getWriter());
        } catch (FeedException e) {
            throw new IOException("Feed could not be written", e);
        }
    }
}
