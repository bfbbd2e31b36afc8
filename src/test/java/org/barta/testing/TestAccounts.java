package org.barta.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Editorial accounts for client-side tests, written straight into the test database with a hash in the format
 * the server's PBKDF2 identity store reads ({@code algorithm:iterations:salt:hash}). Administrators are never
 * made here: the first administrator comes from the setup page, which {@code SignInIT} tests.
 */
public final class TestAccounts {

    private static final int ITERATIONS = 600_000;

    private TestAccounts() {
    }

    public static void ensure(String username, String displayName, String role, String password) throws Exception {
        if ("ADMIN".equals(role)) {
            throw new IllegalArgumentException("Administrators come from the setup page");
        }
        try (Connection db = DriverManager.getConnection(TestServices.jdbcUrl(), "barta", "barta");
             PreparedStatement insert = db.prepareStatement("""
                     insert ignore into account (username, display_name, password_hash, role, enabled, created_at)
                     values (?, ?, ?, ?, true, now(3))""")) {
            insert.setString(1, username);
            insert.setString(2, displayName);
            insert.setString(3, hash(password));
            insert.setString(4, role);
            insert.executeUpdate();
        }
    }

    private static String hash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] key = factory.generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }
}
