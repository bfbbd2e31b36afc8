package org.barta.newsletter;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.barta.platform.DataSourceConfiguration;
import org.barta.platform.persistence.Jdbc;

/**
 * The copy of each import's progress and report that every instance reads ({@code subscriber_import} and its
 * refused rows). The instance running an import writes it after every chunk; an import still RUNNING whose row has
 * not changed for {@link #CUT_OFF} (by the database's clock, the same for all instances) was cut off with its
 * instance and reads as INTERRUPTED.
 */
@ApplicationScoped
public class ImportProgressRepository {

    /** Far longer than one chunk of rows takes to check and write. */
    static final Duration CUT_OFF = Duration.ofMinutes(2);
    private static final String SEPARATOR = "\u001f";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");
    private static final String COLUMNS = """
            id, file_name, started_by, consent, total_rows, started_at, rows_done, outcome_counts,
            CASE WHEN state = 'RUNNING' AND updated_at < UTC_TIMESTAMP(3) - INTERVAL %d SECOND THEN 'INTERRUPTED'
                 ELSE state END AS shown_state,
            failure_key, failure_arguments, finished_at""".formatted(CUT_OFF.toSeconds());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private Jdbc sql;

    @PostConstruct
    void connect() {
        sql = new Jdbc(dataSource, "the subscriber imports");
    }

    /** Records where the job stands, with the rows it refused since the last call. */
    public void save(ImportJob job, List<ImportReportRow> newlyRefused) {
        sql.update("""
                INSERT INTO subscriber_import (id, file_name, started_by, consent, total_rows, started_at,
                    rows_done, outcome_counts, state, failure_key, failure_arguments, finished_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(3))
                ON DUPLICATE KEY UPDATE rows_done = VALUES(rows_done), outcome_counts = VALUES(outcome_counts),
                    state = VALUES(state), failure_key = VALUES(failure_key),
                    failure_arguments = VALUES(failure_arguments), finished_at = VALUES(finished_at),
                    updated_at = VALUES(updated_at)""", upsert -> {
            upsert.setString(1, job.getId());
            upsert.setString(2, job.getFileName());
            upsert.setString(3, job.getStartedBy());
            upsert.setString(4, job.getConsent().name());
            upsert.setLong(5, job.getTotalRows());
            upsert.setTimestamp(6, Timestamp.from(job.getStartedAt()));
            upsert.setLong(7, job.getRowsDone());
            upsert.setString(8, job.getCounts().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(",")));
            upsert.setString(9, job.getState().name());
            upsert.setString(10, job.getFailureKey());
            upsert.setString(11, job.getFailureKey() == null ? null : Arrays.stream(job.getFailureArguments())
                    .map(String::valueOf).collect(Collectors.joining(SEPARATOR)));
            upsert.setTimestamp(12, job.getFinishedAt() == null ? null : Timestamp.from(job.getFinishedAt()));
        });
        sql.batch("""
                INSERT IGNORE INTO subscriber_import_refusal (import_id, line_number, email, outcome)
                VALUES (?, ?, ?, ?)""", newlyRefused, (insert, row) -> {
            insert.setString(1, job.getId());
            insert.setLong(2, row.rowNumber());
            insert.setString(3, row.email());
            insert.setString(4, row.outcome().name());
        });
    }

    /** The import with its refused rows, as last recorded. */
    public Optional<ImportJob> find(String id) {
        List<ImportReportRow> refused = sql.query("""
                SELECT line_number, email, outcome FROM subscriber_import_refusal WHERE import_id = ?
                ORDER BY line_number""", select -> select.setString(1, id), row -> new ImportReportRow(
                        row.getLong(1), row.getString(2), ImportOutcome.valueOf(row.getString(3))));
        return sql.query("SELECT " + COLUMNS + " FROM subscriber_import WHERE id = ?",
                select -> select.setString(1, id), row -> job(row, refused)).stream().findFirst();
    }

    /** The latest imports, newest first, without their refused rows (the list shows counts only). */
    public List<ImportJob> recent(int limit) {
        return sql.query("SELECT " + COLUMNS + " FROM subscriber_import ORDER BY started_at DESC LIMIT ?",
                select -> select.setInt(1, limit), row -> job(row, List.of()));
    }

    /** Forgets imports (and the addresses of their refused rows) that ended, or were last heard of, before then. */
    public void forgetEndedBefore(Instant before) {
        sql.update("DELETE FROM subscriber_import WHERE COALESCE(finished_at, updated_at) < ?",
                delete -> delete.setTimestamp(1, Timestamp.from(before)));
    }

    private static ImportJob job(ResultSet row, List<ImportReportRow> refused) throws SQLException {
        Map<ImportOutcome, Long> counts = new EnumMap<>(ImportOutcome.class);
        for (String count : row.getString("outcome_counts").split(",")) {
            int equals = count.indexOf('=');
            if (equals > 0) {
                counts.put(ImportOutcome.valueOf(count.substring(0, equals)),
                        Long.parseLong(count.substring(equals + 1)));
            }
        }
        String arguments = row.getString("failure_arguments");
        return ImportJob.recorded(row.getString("id"), row.getString("file_name"), row.getString("started_by"),
                ConsentMode.valueOf(row.getString("consent")), row.getLong("total_rows"),
                row.getTimestamp("started_at").toInstant(), row.getLong("rows_done"), counts,
                ImportJob.State.valueOf(row.getString("shown_state")), row.getString("failure_key"),
                arguments == null ? new Object[0] : Arrays.stream(arguments.split(SEPARATOR, -1))
                        .map(a -> WHOLE_NUMBER.matcher(a).matches() ? (Object) Long.valueOf(a) : a).toArray(),
                Jdbc.instant(row, "finished_at"), refused);
    }
}
