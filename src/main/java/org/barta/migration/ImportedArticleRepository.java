package org.barta.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.barta.content.Language;
import org.barta.platform.DataSourceConfiguration;
import org.barta.platform.persistence.Jdbc;

/** Which item each old article became ({@code imported_article}), and how the import left it. */
@ApplicationScoped
public class ImportedArticleRepository {

    /** An old article's record: its item, language, the old text's hash and the item's version after the import. */
    public record Imported(long sourceId, long itemId, Language language, String hash, int version) {
    }

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Jdbc sql;

    @PostConstruct
    void connect() {
        sql = new Jdbc(dataSource, "imported articles");
    }

    public Map<Long, Imported> of(String site, Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(sourceIds);
        Map<Long, Imported> found = new HashMap<>();
        sql.query("SELECT source_id, item_id, language, source_hash, item_version FROM imported_article"
                + " WHERE source_site = ? AND source_id IN (" + String.join(",", Collections.nCopies(ids.size(), "?"))
                + ")", statement -> {
                    statement.setString(1, site);
                    for (int i = 0; i < ids.size(); i++) {
                        statement.setLong(i + 2, ids.get(i));
                    }
                }, row -> found.put(row.getLong(1), new Imported(row.getLong(1), row.getLong(2),
                        Language.fromCode(row.getString(3)).orElseThrow(), row.getString(4), row.getInt(5))));
        return found;
    }

    public void put(String site, Imported imported) {
        sql.update("""
                INSERT INTO imported_article (source_site, source_id, item_id, language, source_hash, item_version,
                    imported_at) VALUES (?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3))
                ON DUPLICATE KEY UPDATE item_id = VALUES(item_id), language = VALUES(language),
                    source_hash = VALUES(source_hash), item_version = VALUES(item_version),
                    imported_at = VALUES(imported_at)""", statement -> {
            statement.setString(1, site);
            statement.setLong(2, imported.sourceId());
            statement.setLong(3, imported.itemId());
            statement.setString(4, imported.language().code());
            statement.setString(5, imported.hash());
            statement.setInt(6, imported.version());
        });
    }
}
