package org.barta.dev;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads {@code dev/demo-content.sql} into an empty site, once. It belongs to the run profile and the benchmarks:
 * the file is on the test classpath and never in the WAR, so production never sees it.
 */
public final class DemoContent {

    private static final String SCRIPT = "/dev/demo-content.sql";

    private final String jdbcUrl;

    public DemoContent(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** @return whether the demo content was loaded now (false when the site already had content) */
    public boolean loadOnce() throws SQLException, IOException {
        try (Connection connection = connect()) {
            if (count(connection, "select count(*) from content_item") > 0) {
                return false;
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements()) {
                    statement.execute(sql);
                }
            }
            connection.commit();
            return true;
        }
    }

    boolean hasAdministrator() throws SQLException {
        try (Connection connection = connect()) {
            return count(connection, "select count(*) from account where role = 'ADMIN'") > 0;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl + "&characterEncoding=UTF-8&connectionTimeZone=UTC", "barta",
                "barta");
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> statements() throws IOException {
        try (InputStream in = DemoContent.class.getResourceAsStream(SCRIPT)) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("--"))
                    .collect(Collectors.joining("\n"));
            return Arrays.stream(script.split(";\\s*\\n"))
                    .map(String::strip)
                    .filter(sql -> !sql.isEmpty())
                    .toList();
        }
    }
}
