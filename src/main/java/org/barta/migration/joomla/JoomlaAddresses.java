package org.barta.migration.joomla;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.barta.site.redirect.OldAddress;

/**
 * The addresses an old article was known by, in the form redirects keep them ({@link OldAddress#lookups}): the
 * {@code index.php?option=com_content&view=article&id=N} forms, the {@code N-alias} last segment of every
 * search-engine-friendly form, the menu item that showed it, and the address without ids that Joomla 4's modern
 * routing built from the menu item of its category (or of a category above it).
 */
public final class JoomlaAddresses {

    private JoomlaAddresses() {
    }

    public static List<String> of(JoomlaArticle article, Map<Long, JoomlaCategory> categories,
            List<JoomlaMenuLink> menu) {
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add(OldAddress.joomlaArticle(article.id()));
        String alias = article.alias().strip();
        if (!alias.isEmpty()) {
            addresses.add("/" + article.id() + "-" + alias);
        }
        JoomlaCategory category = categories.get(article.categoryId());
        for (JoomlaMenuLink link : menu) {
            if (link.target() == JoomlaMenuLink.Target.ARTICLE && link.id() == article.id()) {
                addresses.add(OldAddress.joomlaPath("/" + link.path()));
            }
            JoomlaCategory shown = categories.get(link.id());
            if (link.target() == JoomlaMenuLink.Target.CATEGORY && shown != null && category != null
                    && !alias.isEmpty() && within(category, shown)) {
                String below = category.path().substring(shown.path().length());
                addresses.add(OldAddress.joomlaPath("/" + link.path() + below + "/" + alias));
            }
        }
        return List.copyOf(addresses);
    }

    /**
     * The forms an address the old site's own redirects ({@code #__redirect_links}) lead to may be kept under:
     * relative ({@code index.php?…}), rooted or a full address of the old site; empty for another site's.
     */
    public static List<String> lookupsOf(String url, String siteHost) {
        String address = url == null ? "" : url.strip();
        if (address.isEmpty()) {
            return List.of();
        }
        try {
            URI uri = new URI(address.replace(" ", "%20"));
            if (uri.getHost() != null && !uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")
                    .equals(siteHost.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""))) {
                return List.of();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return OldAddress.lookups(path.startsWith("/") ? path : "/" + path, uri.getRawQuery());
        } catch (URISyntaxException e) {
            return List.of();
        }
    }

    private static boolean within(JoomlaCategory category, JoomlaCategory above) {
        return category.path() != null && above.path() != null
                && (category.path().equals(above.path()) || category.path().startsWith(above.path() + "/"));
    }
}
