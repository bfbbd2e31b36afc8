package org.barta.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.barta.platform.DataSourceConfiguration;

/**
 * Plain SQL for tests that run inside the server: through the application's own pool, so inside the caller's
 * transaction when there is one (a test that prepares rows in a {@code UserTransaction} sees them before its
 * commit). Injected ({@code @Inject ServerSql sql}); tests outside the server use {@link TestDatabase}.
 */
@Dependent
public class ServerSql {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    /** Runs an INSERT, UPDATE or DELETE; returns the rows it matched. */
    public int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = prepare(c, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** The first column of every row, as text. */
    public List<String> strings(String sql, Object... parameters) throws SQLException {
        return column(sql, rs -> rs.getString(1), parameters);
    }

    /** The first column of the first row, as text; null when there is no row. */
    public String string(String sql, Object... parameters) throws SQLException {
        List<String> values = strings(sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first column of every row, as numbers. */
    public List<Long> numbers(String sql, Object... parameters) throws SQLException {
        return column(sql, rs -> rs.getLong(1), parameters);
    }

    private <T> List<T> column(String sql, ColumnReader<T> reader, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = prepare(c, sql, parameters);
             ResultSet rs = statement.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rs.next()) {
                values.add(reader.read(rs));
            }
            return values;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    @FunctionalInterface
    private interface ColumnReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
