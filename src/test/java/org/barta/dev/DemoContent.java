package org.barta.dev;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.barta.media.FileSystemMediaStorage;

/**
 * Loads {@code dev/demo-content.sql} into an empty site, once. It belongs to the run profile and the benchmarks:
 * the file is on the test classpath and never in the WAR, so production never sees it.
 */
public final class DemoContent {

    private static final String SCRIPT = "/dev/demo-content.sql";
    private static final String REPORT_PDF = "/dev/annual-report-2025.pdf";

    private final String jdbcUrl;
    private final Path mediaDir;

    public DemoContent(String jdbcUrl, Path mediaDir) {
        this.jdbcUrl = jdbcUrl;
        this.mediaDir = mediaDir;
    }

    /** @return whether the demo content was loaded now (false when the site already had content) */
    public boolean loadOnce() throws SQLException, IOException {
        try (Connection connection = connect()) {
            if (count(connection, "select count(*) from content_item") > 0) {
                return false;
            }
            connection.setAutoCommit(false);
            storeReportPdf(connection);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements()) {
                    statement.execute(sql);
                }
            }
            connection.commit();
            return true;
        }
    }

    /** The report's PDF goes into the media library; the script refers to it as @report_pdf_key, _size, _sha256. */
    private void storeReportPdf(Connection connection) throws IOException, SQLException {
        byte[] pdf;
        try (InputStream in = DemoContent.class.getResourceAsStream(REPORT_PDF)) {
            pdf = in.readAllBytes();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path file = Files.createTempFile("barta-demo-", ".pdf");
        try {
            Files.write(file, pdf);
            FileSystemMediaStorage.at(mediaDir).write(key, null, file);
        } finally {
            Files.delete(file);
        }
        try (PreparedStatement set = connection.prepareStatement(
                "SET @report_pdf_key = ?, @report_pdf_size = ?, @report_pdf_sha256 = ?")) {
            set.setString(1, key);
            set.setLong(2, pdf.length);
            set.setString(3, sha256(pdf));
            set.execute();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
