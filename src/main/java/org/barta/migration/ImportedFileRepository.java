package org.barta.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.barta.platform.DataSourceConfiguration;
import org.barta.platform.persistence.Jdbc;

/** Which media entry each old file became ({@code imported_file}), by its old path or by its bytes. */
@ApplicationScoped
public class ImportedFileRepository {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Jdbc sql;

    @PostConstruct
    void connect() {
        sql = new Jdbc(dataSource, "imported files");
    }

    /** Every old file of the site brought in so far: old path → media entry. */
    public Map<String, Long> all(String site) {
        Map<String, Long> all = new HashMap<>();
        sql.query("SELECT old_path, media_id FROM imported_file WHERE source_site = ?",
                statement -> statement.setString(1, site), row -> all.put(row.getString(1), row.getLong(2)));
        return all;
    }

    public Optional<Long> mediaOf(String site, String oldPath) {
        return sql.query("SELECT media_id FROM imported_file WHERE source_site = ? AND old_path = ?", statement -> {
            statement.setString(1, site);
            statement.setString(2, oldPath);
        }, row -> row.getLong(1)).stream().findFirst();
    }

    /** The media entry of a file with the same bytes brought from the same site under another name. */
    public Optional<Long> mediaWithBytes(String site, String sha256) {
        return sql.query("SELECT media_id FROM imported_file WHERE source_site = ? AND source_sha256 = ? LIMIT 1",
                statement -> {
                    statement.setString(1, site);
                    statement.setString(2, sha256);
                }, row -> row.getLong(1)).stream().findFirst();
    }

    public void put(String site, String oldPath, long mediaId, String sha256) {
        sql.update("""
                INSERT INTO imported_file (source_site, old_path, media_id, source_sha256, imported_at)
                VALUES (?, ?, ?, ?, UTC_TIMESTAMP(3))
                ON DUPLICATE KEY UPDATE media_id = VALUES(media_id), source_sha256 = VALUES(source_sha256),
                    imported_at = VALUES(imported_at)""", statement -> {
            statement.setString(1, site);
            statement.setString(2, oldPath);
            statement.setLong(3, mediaId);
            statement.setString(4, sha256);
        });
    }
}
