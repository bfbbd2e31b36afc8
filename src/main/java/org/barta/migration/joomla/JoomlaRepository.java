package org.barta.migration.joomla;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.platform.BusinessException;

/**
 * Reads an old Joomla site's database (3.x, 4.x, 5.x: the columns read are the same), read-only, over a connection
 * of its own. A database that cannot be reached, refuses the account, or has no Joomla tables under the prefix is
 * refused with a message that says which.
 */
public final class JoomlaRepository implements OldSite {

    private static final Logger LOG = Logger.getLogger(JoomlaRepository.class.getName());
    private static final int ACCESS_DENIED = 1045;
    private static final int UNKNOWN_DATABASE = 1049;
    private static final int NO_SUCH_TABLE = 1146;
    private static final Pattern MENU_LINK = Pattern.compile(
            "^index\\.php\\?option=com_content&view=(article|category)(?:&[^&]*)*?&id=(\\d+)(?:&.*)?$");
    private static final int IN_LIST = 200;

    private final JoomlaSource source;
    private final Connection connection;
    /** Read once, when the first article's addresses are asked for. */
    private Map<Long, JoomlaCategory> categoriesById;
    private List<JoomlaMenuLink> menu;

    private JoomlaRepository(JoomlaSource source, Connection connection) {
        this.source = source;
        this.connection = connection;
    }

    /** Connects and checks that the prefix names a Joomla site's tables. */
    public static JoomlaRepository open(JoomlaSource source) {
        Properties options = new Properties();
        options.setProperty("user", source.user());
        options.setProperty("password", source.password() == null ? "" : source.password());
        // Joomla stores UTC; J3's zero dates read as null.
        options.setProperty("connectionTimeZone", "UTC");
        options.setProperty("zeroDateTimeBehavior", "CONVERT_TO_NULL");
        options.setProperty("characterEncoding", "UTF-8");
        options.setProperty("sslMode", "PREFERRED");
        options.setProperty("connectTimeout", "10000");
        options.setProperty("socketTimeout", "120000");
        // Nothing the old server sends may read Barta's files or become Java objects here.
        options.setProperty("allowLoadLocalInfile", "false");
        options.setProperty("allowUrlInLocalInfile", "false");
        options.setProperty("autoDeserialize", "false");
        options.setProperty("allowMultiQueries", "false");
        try {
            Connection connection = new com.mysql.cj.jdbc.Driver().connect(source.jdbcUrl(), options);
            connection.setReadOnly(true);
            JoomlaRepository database = new JoomlaRepository(source, connection);
            database.requireTables();
            return database;
        } catch (SQLException e) {
            throw refusal(source, e);
        }
    }

    @Override
    public List<JoomlaCategory> categories() {
        return query("SELECT id, parent_id, title, alias, path, published FROM " + source.table("categories")
                + " WHERE extension = 'com_content' AND id > 1 ORDER BY lft", rows -> new JoomlaCategory(
                        rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                        rows.getInt(6)));
    }

    @Override
    public List<JoomlaArticleSummary> summaries() {
        return query("SELECT id, title, catid, state, language FROM " + source.table("content") + " ORDER BY id",
                rows -> new JoomlaArticleSummary(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getInt(4),
                        rows.getString(5) == null ? "*" : rows.getString(5).strip()));
    }

    /** Linked through {@code #__associations}; none on a site without. */
    @Override
    public Map<Long, String> translationKeys() {
        Map<Long, String> keys = new HashMap<>();
        try {
            query("SELECT id, `key` FROM " + source.table("associations") + " WHERE context = 'com_content.item'",
                    rows -> keys.put(rows.getLong(1), rows.getString(2)));
        } catch (BusinessException noTable) {
            LOG.info(() -> source.site() + " has no linked translations: " + noTable.messageKey());
        }
        return keys;
    }

    /** The published ones of {@code #__redirect_links}; none on a site without. */
    @Override
    public List<Map.Entry<String, String>> redirectLinks() {
        try {
            return query("SELECT old_url, new_url FROM " + source.table("redirect_links") + " WHERE published = 1"
                    + " AND new_url IS NOT NULL AND new_url <> '' ORDER BY id",
                    rows -> Map.entry(rows.getString(1), rows.getString(2)));
        } catch (BusinessException noTable) {
            LOG.info(() -> source.site() + " has no redirects of its own: " + noTable.messageKey());
            return List.of();
        }
    }

    /** With their tags' titles. */
    @Override
    public List<JoomlaArticle> articles(Collection<Long> ids) {
        List<Long> wanted = List.copyOf(ids);
        Map<Long, List<String>> tags = tags(wanted);
        List<JoomlaArticle> found = new ArrayList<>(wanted.size());
        for (int from = 0; from < wanted.size(); from += IN_LIST) {
            List<Long> part = wanted.subList(from, Math.min(wanted.size(), from + IN_LIST));
            found.addAll(query("""
                    SELECT c.id, c.title, c.alias, c.introtext, c.`fulltext`, c.state, c.catid, c.created, c.modified,
                           c.publish_up, c.publish_down, c.images, c.metadesc, c.featured, c.language, u.email,
                           COALESCE(NULLIF(c.created_by_alias, ''), u.name)
                    FROM %s c LEFT JOIN %s u ON u.id = c.created_by
                    WHERE c.id IN (%s) ORDER BY c.id""".formatted(source.table("content"), source.table("users"),
                    marks(part.size())), part, rows -> new JoomlaArticle(rows.getLong(1), rows.getString(2),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getInt(6), rows.getLong(7),
                            instant(rows, 8), instant(rows, 9), instant(rows, 10), instant(rows, 11),
                            rows.getString(12), rows.getString(13), rows.getInt(14) == 1, rows.getString(15),
                            tags.getOrDefault(rows.getLong(1), List.of()), rows.getString(17) == null ? null
                                    : new JoomlaArticle.Author(rows.getString(16), rows.getString(17)))));
        }
        return found;
    }

    /** Its {@code index.php?…&id=N} and {@code N-alias} forms and those its menu items gave it. */
    @Override
    public List<String> addressesOf(JoomlaArticle article) {
        if (menu == null) {
            categoriesById = new HashMap<>();
            categories().forEach(category -> categoriesById.put(category.id(), category));
            menu = menuLinks();
        }
        return JoomlaAddresses.of(article, categoriesById, menu);
    }

    /** The site's published menu items that show an article or a category of articles. */
    List<JoomlaMenuLink> menuLinks() {
        List<JoomlaMenuLink> links = new ArrayList<>();
        query("SELECT path, link FROM " + source.table("menu") + " WHERE client_id = 0 AND published = 1"
                + " AND type = 'component' AND home = 0 AND link LIKE 'index.php?option=com_content&view=%'"
                + " ORDER BY id", rows -> {
                    Matcher link = MENU_LINK.matcher(rows.getString(2));
                    if (link.matches() && rows.getString(1) != null && !rows.getString(1).isBlank()) {
                        links.add(new JoomlaMenuLink(rows.getString(1).strip(),
                                "article".equals(link.group(1)) ? JoomlaMenuLink.Target.ARTICLE
                                        : JoomlaMenuLink.Target.CATEGORY, Long.parseLong(link.group(2))));
                    }
                    return null;
                });
        return links;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Closing the connection to " + source.site(), e);
        }
    }

    private Map<Long, List<String>> tags(List<Long> articles) {
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        for (int from = 0; from < articles.size(); from += IN_LIST) {
            List<Long> part = articles.subList(from, Math.min(articles.size(), from + IN_LIST));
            try {
                query("""
                        SELECT m.content_item_id, t.title FROM %s m JOIN %s t ON t.id = m.tag_id
                        WHERE m.type_alias = 'com_content.article' AND t.published = 1 AND m.content_item_id IN (%s)
                        ORDER BY m.content_item_id, t.lft""".formatted(source.table("contentitem_tag_map"),
                        source.table("tags"), marks(part.size())), part, rows -> tags
                        .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2)));
            } catch (BusinessException noTags) {
                // Joomla before 3.1 had no tags.
                return Map.of();
            }
        }
        return tags;
    }

    private void requireTables() {
        query("SELECT 1 FROM " + source.table("content") + " LIMIT 1", rows -> 1);
        query("SELECT 1 FROM " + source.table("users") + " LIMIT 1", rows -> 1);
        query("SELECT 1 FROM " + source.table("categories") + " LIMIT 1", rows -> 1);
    }

    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row) {
        return query(sql, List.of(), row);
    }

    private <T> List<T> query(String sql, List<Long> parameters, Row<T> row) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setLong(i + 1, parameters.get(i));
            }
            statement.setFetchSize(500);
            List<T> read = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    read.add(row.read(rows));
                }
            }
            return read;
        } catch (SQLException e) {
            throw refusal(source, e);
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        LocalDateTime value = rows.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static BusinessException refusal(JoomlaSource source, SQLException e) {
        LOG.log(Level.INFO, "Reading " + source + " refused", e);
        if (e.getErrorCode() == ACCESS_DENIED) {
            return new BusinessException("import.source.denied", source.user());
        }
        if (e.getErrorCode() == UNKNOWN_DATABASE) {
            return new BusinessException("import.source.noDatabase", source.database());
        }
        if (e.getErrorCode() == NO_SUCH_TABLE) {
            return new BusinessException("import.source.notJoomla", source.prefix());
        }
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            return new BusinessException("import.source.unreachable", source.host(), String.valueOf(source.port()));
        }
        return new BusinessException("import.source.failed", e.getMessage());
    }
}
