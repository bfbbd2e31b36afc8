package org.barta.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.barta.platform.DataSourceConfiguration;
import org.barta.platform.persistence.Jdbc;

/** Import runs and their reports ({@code site_import}, {@code site_import_line}). */
@ApplicationScoped
public class SiteImportRepository {

    private static final String RUNS = """
            SELECT id, source_site, started_by, started_at, state, total, done, created, updated, unchanged, kept,
                   skipped, failed, old_redirects, failure, finished_at, updated_at < UTC_TIMESTAMP(3) - INTERVAL %d SECOND AS silent
            FROM site_import""".formatted(SiteImportRun.SILENCE.toSeconds());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Jdbc sql;

    @PostConstruct
    void connect() {
        sql = new Jdbc(dataSource, "import runs");
    }

    public long start(String site, String startedBy, int total) {
        return sql.insert("""
                INSERT INTO site_import (source_site, started_by, started_at, state, total, done, created, updated,
                    unchanged, kept, skipped, failed, updated_at)
                VALUES (?, ?, UTC_TIMESTAMP(3), 'RUNNING', ?, 0, 0, 0, 0, 0, 0, 0, UTC_TIMESTAMP(3))""", statement -> {
            statement.setString(1, site);
            statement.setString(2, startedBy);
            statement.setInt(3, total);
        });
    }

    /** Counts one article's outcome; false if the run is no longer running (cancelled): then nothing is counted. */
    public boolean count(long run, ImportOutcome outcome) {
        String column = outcome.column();
        return sql.update("UPDATE site_import SET done = done + 1, " + column + " = " + column + " + 1,"
                + " updated_at = UTC_TIMESTAMP(3) WHERE id = ? AND state = 'RUNNING'",
                statement -> statement.setLong(1, run)) == 1;
    }

    public void line(long run, int position, long sourceId, String title, ImportOutcome outcome, Long itemId,
            List<ImportNote> notes) {
        String notesText = ImportNote.write(notes);
        sql.update("""
                INSERT INTO site_import_line (import_id, position, source_id, title, outcome, item_id, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setLong(1, run);
            statement.setInt(2, position);
            statement.setLong(3, sourceId);
            statement.setString(4, cut(title, 500));
            statement.setString(5, outcome.name());
            if (itemId == null) {
                statement.setNull(6, Types.BIGINT);
            } else {
                statement.setLong(6, itemId);
            }
            statement.setString(7, cut(notesText, 2000));
        });
    }

    /** Ends a running run; false if it had ended already (cancelled). */
    public boolean finish(long run, SiteImportRun.State state, String failure) {
        return sql.update("""
                UPDATE site_import SET state = ?, failure = ?, finished_at = UTC_TIMESTAMP(3),
                    updated_at = UTC_TIMESTAMP(3) WHERE id = ? AND state = 'RUNNING'""", statement -> {
            statement.setString(1, state.name());
            statement.setString(2, failure == null ? null : cut(failure, 1000));
            statement.setLong(3, run);
        }) == 1;
    }

    /** How many of the old site's own redirects the run kept. */
    public void oldRedirects(long run, int kept) {
        sql.update("UPDATE site_import SET old_redirects = ?, updated_at = UTC_TIMESTAMP(3) WHERE id = ?",
                statement -> {
                    statement.setInt(1, kept);
                    statement.setLong(2, run);
                });
    }

    /** Marks the run alive while it reads the old site between landings. */
    public void touch(long run) {
        sql.update("UPDATE site_import SET updated_at = UTC_TIMESTAMP(3) WHERE id = ? AND state = 'RUNNING'",
                statement -> statement.setLong(1, run));
    }

    public Optional<SiteImportRun> find(long run) {
        return sql.query(RUNS + " WHERE id = ?", statement -> statement.setLong(1, run), SiteImportRepository::run)
                .stream().findFirst();
    }

    public List<SiteImportRun> recent(int limit) {
        return sql.query(RUNS + " ORDER BY id DESC LIMIT ?", statement -> statement.setInt(1, limit),
                SiteImportRepository::run);
    }

    public List<SiteImportLine> lines(long run, int first, int max) {
        return sql.query("""
                SELECT position, source_id, title, outcome, item_id, notes FROM site_import_line
                WHERE import_id = ? ORDER BY position LIMIT ? OFFSET ?""", statement -> {
            statement.setLong(1, run);
            statement.setInt(2, max);
            statement.setInt(3, first);
        }, row -> new SiteImportLine(row.getInt(1), row.getLong(2), row.getString(3),
                ImportOutcome.valueOf(row.getString(4)), row.getObject(5) == null ? null : row.getLong(5),
                ImportNote.read(row.getString(6))));
    }

    private static SiteImportRun run(ResultSet row) throws SQLException {
        SiteImportRun.State state = SiteImportRun.State.valueOf(row.getString("state"));
        if (state == SiteImportRun.State.RUNNING && row.getBoolean("silent")) {
            state = SiteImportRun.State.INTERRUPTED;
        }
        Timestamp started = row.getTimestamp("started_at");
        return new SiteImportRun(row.getLong("id"), row.getString("source_site"), row.getString("started_by"),
                started.toInstant(), state, row.getInt("total"), row.getInt("done"), row.getInt("created"),
                row.getInt("updated"), row.getInt("unchanged"), row.getInt("kept"), row.getInt("skipped"),
                row.getInt("failed"), row.getInt("old_redirects"), row.getString("failure"),
                Jdbc.instant(row, "finished_at"));
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
