package org.barta.migration.joomla;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.barta.content.Language;
import org.barta.platform.BusinessException;

/**
 * Where an old Joomla site is: its public address (which names the site in Barta's records, and marks links to it
 * in the text as the site's own), and its database server, database, account and table prefix. There is no free
 * JDBC URL on purpose: Barta builds the URL itself, so no connection option (local files, deserialization) can be
 * slipped in. {@code allLanguages} is what articles marked "All" ({@code *}) are written in. {@code filesFolder},
 * if given, is the old site's folder on this server (the one holding its {@code images/}), where its files are
 * read from. The password lives only as long as the page and the import need it.
 */
public record JoomlaSource(String siteAddress, String host, int port, String database, String user, String password,
        String prefix, Language allLanguages, String filesFolder) implements OldSiteSource {

    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,250}[A-Za-z0-9])?$");
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_$-]{1,64}$");
    private static final Pattern PREFIX = Pattern.compile("^[A-Za-z0-9_]{1,30}$");

    /** Checks every field; the first wrong one is refused with its message key ({@code import.source.*}). */
    public JoomlaSource {
        siteAddress = siteAddress == null ? "" : siteAddress.strip();
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
        prefix = prefix == null ? "" : prefix.strip();
        if (siteHost(siteAddress).isEmpty()) {
            throw new BusinessException("import.source.siteAddressInvalid");
        }
        if (!HOST.matcher(host).matches()) {
            throw new BusinessException("import.source.hostInvalid");
        }
        if (port < 1 || port > 65535) {
            throw new BusinessException("import.source.portInvalid");
        }
        if (!NAME.matcher(database).matches()) {
            throw new BusinessException("import.source.databaseInvalid");
        }
        if (user.isEmpty() || user.length() > 80) {
            throw new BusinessException("import.source.userInvalid");
        }
        if (!PREFIX.matcher(prefix).matches()) {
            throw new BusinessException("import.source.prefixInvalid");
        }
        if (allLanguages == null) {
            allLanguages = Language.EN;
        }
        filesFolder = filesFolder == null || filesFolder.isBlank() ? null : filesFolder.strip();
        if (filesFolder != null && !filesFolder.startsWith("/")) {
            throw new BusinessException("import.source.filesFolderInvalid");
        }
    }

    @Override
    public String mediaFolder() {
        return JoomlaFiles.FOLDER;
    }

    @Override
    public OldSite open() {
        return JoomlaRepository.open(this);
    }

    @Override
    public String site() {
        return siteHost(siteAddress);
    }

    /** The JDBC URL Barta builds; options are set as connection properties ({@link JoomlaRepository}). */
    String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + database;
    }

    String table(String name) {
        return "`" + prefix + name + "`";
    }

    private static String siteHost(String address) {
        try {
            URI uri = new URI(address.contains("://") ? address : "https://" + address);
            String host = uri.getHost();
            boolean web = uri.getScheme() != null && uri.getScheme().matches("(?i)https?");
            return web && host != null && HOST.matcher(host).matches() ? host.toLowerCase(Locale.ROOT) : "";
        } catch (URISyntaxException e) {
            return "";
        }
    }

    @Override
    public String toString() {
        return "JoomlaSource[" + site() + " from " + user + "@" + host + ":" + port + "/" + database + ", " + prefix
                + "]";
    }
}
