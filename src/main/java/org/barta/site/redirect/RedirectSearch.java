package org.barta.site.redirect;

import java.util.List;

/** The redirects found by a search, and how many matched in all (more than shown when the list is cut). */
public record RedirectSearch(List<Redirect> shown, long matching) {

    public RedirectSearch {
        shown = List.copyOf(shown);
    }

    public boolean cut() {
        return matching > shown.size();
    }
}
