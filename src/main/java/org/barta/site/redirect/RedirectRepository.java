package org.barta.site.redirect;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.barta.content.ContentKind;
import org.barta.content.Language;
import org.barta.platform.DataSourceConfiguration;
import org.barta.platform.persistence.Jdbc;
import org.barta.publicweb.SitePaths;

/**
 * Redirects and missing addresses in the database. An item target is read as the item's address now (kind and slug
 * in the target language), and only while the item is published: a redirect never leads to, or tells of, a page the
 * public may not see.
 */
@ApplicationScoped
public class RedirectRepository {

    private static final String ROWS = """
            SELECT r.id, r.source, r.target_item_id, r.target_language, r.target_address, r.origin, r.hits,
                   r.last_hit_at, i.kind, i.state, t.slug, t.title
            FROM redirect r
            LEFT JOIN content_item i ON i.id = r.target_item_id
            LEFT JOIN content_translation t ON t.item_id = r.target_item_id AND t.language = r.target_language
            """;
    private static final String CONTAINING = " WHERE r.source LIKE ? ESCAPE '!' OR r.target_address LIKE ? ESCAPE '!'"
            + " OR t.slug LIKE ? ESCAPE '!'";
    /** Missing addresses kept: the most-hit ones. */
    static final int MISSING_KEPT = 1000;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Jdbc sql;

    @PostConstruct
    void connect() {
        sql = new Jdbc(dataSource, "redirects");
    }

    /** Every redirect, its target resolved (none for an item that is not published now). */
    public List<Redirect> all() {
        return query(ROWS + " ORDER BY r.source", statement -> { });
    }

    /**
     * Redirects whose old address, target address or target slug contains {@code text} (all when it is empty), by old
     * address, at most {@code limit}.
     */
    public List<Redirect> containing(String text, int limit) {
        String pattern = likePattern(text);
        return query(ROWS + CONTAINING + " ORDER BY r.source LIMIT ?", statement -> {
            containing(statement, pattern);
            statement.setInt(4, limit);
        });
    }

    public long countContaining(String text) {
        String pattern = likePattern(text);
        return sql.query("SELECT COUNT(*) FROM redirect r LEFT JOIN content_translation t"
                + " ON t.item_id = r.target_item_id AND t.language = r.target_language" + CONTAINING,
                statement -> containing(statement, pattern), row -> row.getLong(1)).get(0);
    }

    private static void containing(PreparedStatement statement, String pattern) throws SQLException {
        for (int i = 1; i <= 3; i++) {
            statement.setString(i, pattern);
        }
    }

    /** A LIKE pattern matching {@code text} anywhere, its own % and _ taken literally. */
    static String likePattern(String text) {
        String literal = text == null ? "" : text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + literal + "%";
    }

    public Optional<Redirect> find(long id) {
        return query(ROWS + " WHERE r.id = ?", statement -> statement.setLong(1, id)).stream().findFirst();
    }

    public Optional<Redirect> bySource(String source) {
        return query(ROWS + " WHERE r.source = ?", statement -> statement.setString(1, source)).stream().findFirst();
    }

    /** Adds the redirect, or points an existing one from the same source at the new target. */
    public void put(String source, Long itemId, Language language, String address, Redirect.Origin origin,
            Instant now) {
        update("""
                INSERT INTO redirect (source, target_item_id, target_language, target_address, origin, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE target_item_id = VALUES(target_item_id),
                    target_language = VALUES(target_language), target_address = VALUES(target_address),
                    origin = VALUES(origin)""", row(source, itemId, language, address, origin, now));
    }

    /** Adds the redirect unless its source has one already; whether it was added. */
    public boolean add(String source, Long itemId, Language language, String address, Redirect.Origin origin,
            Instant now) {
        return update("""
                INSERT IGNORE INTO redirect (source, target_item_id, target_language, target_address, origin,
                    created_at) VALUES (?, ?, ?, ?, ?, ?)""", row(source, itemId, language, address, origin, now)) == 1;
    }

    private static Jdbc.Parameters row(String source, Long itemId, Language language, String address,
            Redirect.Origin origin, Instant now) {
        return statement -> {
            statement.setString(1, source);
            if (itemId == null) {
                statement.setNull(2, Types.BIGINT);
                statement.setNull(3, Types.CHAR);
            } else {
                statement.setLong(2, itemId);
                statement.setString(3, language.code());
            }
            statement.setString(4, address);
            statement.setString(5, origin.name());
            statement.setTimestamp(6, Timestamp.from(now));
        };
    }

    public int changeTarget(long id, String address) {
        return update("""
                UPDATE redirect SET target_item_id = NULL, target_language = NULL, target_address = ?, origin = 'EDITOR'
                WHERE id = ?""", statement -> {
            statement.setString(1, address);
            statement.setLong(2, id);
        });
    }

    public int delete(long id) {
        return update("DELETE FROM redirect WHERE id = ?", statement -> statement.setLong(1, id));
    }

    public int deleteSource(String source) {
        return update("DELETE FROM redirect WHERE source = ?", statement -> statement.setString(1, source));
    }

    /** Whether an item (in any state: a draft's slug is taken too) has this slug in this language. */
    public boolean slugTaken(Language language, String slug) {
        return !sql.query("SELECT 1 FROM content_translation WHERE language = ? AND slug = ? LIMIT 1", statement -> {
            statement.setString(1, language.code());
            statement.setString(2, slug);
        }, row -> true).isEmpty();
    }

    /** Adds the hits counted since the last call, per redirect. */
    public void addHits(Map<Long, Long> hits, Instant lastHit) {
        sql.batch("UPDATE redirect SET hits = hits + ?, last_hit_at = ? WHERE id = ?", Map.copyOf(hits).entrySet(),
                (statement, hit) -> {
                    statement.setLong(1, hit.getValue());
                    statement.setTimestamp(2, Timestamp.from(lastHit));
                    statement.setLong(3, hit.getKey());
                });
    }

    /** Adds the 404s counted since the last call, per address, and keeps only the most-hit. */
    public void addMissing(Map<String, Long> misses, Instant lastSeen) {
        sql.batch("""
                INSERT INTO missing_address (address, hits, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits), last_seen_at = VALUES(last_seen_at)""",
                Map.copyOf(misses).entrySet(), (statement, miss) -> {
                    statement.setString(1, miss.getKey());
                    statement.setLong(2, miss.getValue());
                    statement.setTimestamp(3, Timestamp.from(lastSeen));
                    statement.setTimestamp(4, Timestamp.from(lastSeen));
                });
        sql.update("""
                DELETE m FROM missing_address m
                JOIN (SELECT address FROM missing_address ORDER BY hits DESC, last_seen_at DESC LIMIT 18446744073709551615
                      OFFSET %d) extra ON extra.address = m.address""".formatted(MISSING_KEPT), statement -> { });
    }

    /** The most-hit missing addresses that no redirect answers yet. */
    public List<MissingAddress> topMissing(int limit) {
        return sql.query("""
                SELECT m.address, m.hits, m.first_seen_at, m.last_seen_at FROM missing_address m
                WHERE NOT EXISTS (SELECT 1 FROM redirect r WHERE r.source = m.address)
                ORDER BY m.hits DESC, m.last_seen_at DESC LIMIT ?""", statement -> statement.setInt(1, limit),
                row -> new MissingAddress(row.getString(1), row.getLong(2), row.getTimestamp(3).toInstant(),
                        row.getTimestamp(4).toInstant()));
    }

    private List<Redirect> query(String select, Jdbc.Parameters parameters) {
        return sql.query(select, parameters, RedirectRepository::redirect);
    }

    private static Redirect redirect(ResultSet row) throws SQLException {
        long itemId = row.getLong("target_item_id");
        boolean toItem = !row.wasNull();
        String target;
        String itemTitle = null;
        if (toItem) {
            Language language = Language.fromCode(row.getString("target_language")).orElseThrow();
            String slug = row.getString("slug");
            boolean live = "PUBLISHED".equals(row.getString("state")) && slug != null;
            target = live ? SitePaths.itemPath(language, ContentKind.valueOf(row.getString("kind")), slug) : null;
            itemTitle = row.getString("title");
        } else {
            target = row.getString("target_address");
        }
        Timestamp lastHit = row.getTimestamp("last_hit_at");
        return new Redirect(row.getLong("id"), row.getString("source"), target, toItem ? itemId : null, itemTitle,
                Redirect.Origin.valueOf(row.getString("origin")), row.getLong("hits"),
                lastHit == null ? null : lastHit.toInstant());
    }

    private int update(String statement, Jdbc.Parameters parameters) {
        return sql.update(statement, parameters);
    }
}
