package org.barta.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain SQL on the application's data source, in the caller's transaction (the data source is the container's):
 * for repositories whose tables are rows to count and list rather than entities. A failure is an
 * {@link IllegalStateException} naming what could not be done.
 */
public final class Jdbc {

    @FunctionalInterface
    public interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    public interface BatchRow<T> {
        void set(PreparedStatement statement, T value) throws SQLException;
    }

    private final DataSource dataSource;
    private final String what;

    /** {@code what} names the data in failures: "Could not read or change " + what. */
    public Jdbc(DataSource dataSource, String what) {
        this.dataSource = dataSource;
        this.what = what;
    }

    public int update(String sql, Parameters parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            parameters.set(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change " + what, e);
        }
    }

    /** Inserts one row and returns its generated key. */
    public long insert(String sql, Parameters parameters) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement statement = c.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
            parameters.set(statement);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add to " + what, e);
        }
    }

    public <T> List<T> query(String sql, Parameters parameters, Row<T> row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            parameters.set(statement);
            List<T> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(row.read(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + what, e);
        }
    }

    /** Every row with every column as the driver gives it (DATETIME as LocalDateTime, DATE as java.sql.Date). */
    public List<Object[]> rows(String sql, Parameters parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            parameters.set(statement);
            List<Object[]> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rows.getObject(i + 1);
                    }
                    found.add(row);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + what, e);
        }
    }

    /** One statement run for each value, in one batch; nothing for none. */
    public <T> void batch(String sql, Collection<T> values, BatchRow<T> row) {
        if (values.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (T value : values) {
                row.set(statement, value);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change " + what, e);
        }
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
