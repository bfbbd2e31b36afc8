package org.barta.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct SQL on the test database: seeding many subscribers fast, and reading what the application stored. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestServices.jdbcUrl(), "barta", "barta");
    }

    /** Adds confirmed subscribers {@code prefix0@domain … prefix(n-1)@domain} in one language. */
    public static void addConfirmedSubscribers(String prefix, String domain, int count, String language)
            throws SQLException {
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO subscriber (email, language, status, source, link_nonce, created_at, confirmed_at)
                VALUES (?, ?, 'CONFIRMED', 'IMPORT', ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))""")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                insert.setString(1, prefix + i + "@" + domain);
                insert.setString(2, language);
                insert.setString(3, String.format("n%021d", i));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            NewsletterMembers.join(c, prefix + "%@" + domain);
            c.commit();
        }
    }

    public static void joinNewsletter(String emailLike) throws SQLException {
        try (Connection c = connect()) {
            NewsletterMembers.join(c, emailLike);
        }
    }

    /** A private audience (a list editors manage), made as an editor would; its id. */
    public static long privateAudience(String code, String name, String nameBn) throws SQLException {
        update("INSERT INTO audience (code, name_en, name_bn, visibility, created_at)"
                + " VALUES (?, ?, ?, 'PRIVATE', UTC_TIMESTAMP(3))", code, name, nameBn);
        return number("SELECT id FROM audience WHERE code = ?", code);
    }

    /** Every subscriber whose address is like {@code emailLike} joins the audience, confirmed by an editor. */
    public static void joinAudience(long audienceId, String emailLike) throws SQLException {
        update("""
                INSERT INTO audience_member (audience_id, subscriber_id, status, source, created_at, confirmed_at,
                                             consent_at, consent_note)
                SELECT ?, id, 'CONFIRMED', 'ADMIN', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 'Press card'
                FROM subscriber WHERE email LIKE ?""", audienceId, emailLike);
    }

    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    public static long number(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect()) {
            return number(c, sql, parameters);
        }
    }

    public static String string(String sql, Object... parameters) throws SQLException {
        List<String> values = strings(sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first column of every row. */
    public static List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect()) {
            return strings(c, sql, parameters);
        }
    }

    public static long number(Connection c, String sql, Object... parameters) throws SQLException {
        List<String> values = strings(c, sql, parameters);
        return values.isEmpty() || values.get(0) == null ? 0 : Long.parseLong(values.get(0));
    }

    /** The first column of every row, read on this connection (another database than the tests' own). */
    public static List<String> strings(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
