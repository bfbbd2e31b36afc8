package org.barta.migration.wordpress;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.barta.content.Language;
import org.barta.migration.joomla.OldSite;
import org.barta.migration.joomla.OldSiteSource;
import org.barta.platform.BusinessException;

/**
 * An old WordPress site as its export file tells it, with the language of posts that say none and the folder (or
 * unpacked upload) holding its {@code wp-content/uploads}.
 */
public record WordPressSource(WordPressExport export, Language allLanguages, String filesFolder)
        implements OldSiteSource {

    /** WordPress's folder of uploaded images and documents, under the site's folder. */
    public static final String UPLOADS = "wp-content/uploads";

    public WordPressSource {
        if (allLanguages == null) {
            allLanguages = Language.EN;
        }
        filesFolder = filesFolder == null || filesFolder.isBlank() ? null : filesFolder.strip();
        if (filesFolder != null && !filesFolder.startsWith("/")) {
            throw new BusinessException("import.source.filesFolderInvalid");
        }
        if (host(export.siteAddress()).isEmpty()) {
            throw new BusinessException("import.wxr.noSiteAddress");
        }
    }

    @Override
    public String site() {
        return host(export.siteAddress());
    }

    @Override
    public String mediaFolder() {
        return UPLOADS;
    }

    @Override
    public OldSite open() {
        return new WordPressSite(export);
    }

    private static String host(String address) {
        try {
            String host = new URI(address == null ? "" : address.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }

    @Override
    public String toString() {
        return "WordPress export of " + site() + ", " + export.posts().size() + " posts and pages";
    }
}
