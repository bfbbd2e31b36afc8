package org.barta.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.barta.testing.EmbeddedMariaDb;
import org.barta.testing.Scratch;

/**
 * Old Joomla sites for the import's tests, on a database server of their own that checks passwords (as the old
 * site's server does; the tests' own server trusts anyone), started once and stopped with the JVM: each site a
 * database loaded from a fixture written for these tests (the schema as Joomla creates it, with the columns the
 * import reads), readable by a user that may only read it, as a careful administrator would give Barta.
 */
public final class JoomlaSites {

    private static EmbeddedMariaDb server;

    public static final String READER = "joomla_reader";
    public static final String READER_PASSWORD = "old-site-reader-1";

    private JoomlaSites() {
    }

    /**
     * A new database {@code name} holding Joomla's tables with this prefix, then the fixtures {@code resources} in
     * order ({@code #__} in them is the prefix too); anything there before is dropped.
     */
    public static void load(String name, String prefix, String... resources) throws SQLException, IOException {
        empty(name);
        try (Connection site = connect(name); Statement statement = site.createStatement()) {
            statement.execute(text("/joomla/tables.sql").replace("#__", prefix));
            for (String resource : resources) {
                statement.execute(text(resource).replace("#__", prefix));
            }
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = JoomlaSites.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** An empty database the reader may read: a database that is not a Joomla site. */
    public static void empty(String name) throws SQLException {
        try (Connection server = connect(""); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.execute("CREATE USER IF NOT EXISTS '" + READER + "'@'%' IDENTIFIED BY '" + READER_PASSWORD
                    + "'");
            statement.execute("GRANT SELECT ON `" + name + "`.* TO '" + READER + "'@'%'");
        }
    }

    /** Runs one statement on the old site, as its editors would change it there. */
    public static int change(String name, String sql, Object... parameters) throws SQLException {
        try (Connection site = connect(name); PreparedStatement statement = site.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    public static Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(server().rootJdbcUrl(name), "root", "");
    }

    public static int port() {
        return server().port();
    }

    private static synchronized EmbeddedMariaDb server() {
        if (server == null) {
            try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = free.getLocalPort();
                free.close();
                Path dir = Path.of(System.getProperty("barta.it.dir", "target/it"));
                Path data = dir.resolve("old-sites-mariadb-data");
                Scratch.deleteRecursively(data);
                server = EmbeddedMariaDb.startWithAccounts(port, dir.resolve("old-sites-mariadb-base"), data);
                EmbeddedMariaDb started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (Exception e) {
                        System.err.println("The old sites' database server did not stop: " + e);
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("The old sites' database server did not start", e);
            }
        }
        return server;
    }
}
