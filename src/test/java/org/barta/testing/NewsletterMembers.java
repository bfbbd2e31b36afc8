package org.barta.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Subscribers a test inserts directly have no audience; this puts them into the newsletter in the state their row
 * says, as the migration to audiences did. Deployed with in-container tests, which seed through the server's pool.
 */
public final class NewsletterMembers {

    private NewsletterMembers() {
    }

    /** Every subscriber whose address is like {@code emailLike} and who has no newsletter membership gets one. */
    public static void join(Connection c, String emailLike) throws SQLException {
        try (PreparedStatement join = c.prepareStatement("""
                INSERT IGNORE INTO audience_member (audience_id, subscriber_id, status, source, created_at,
                                                    confirmed_at, unsubscribed_at, consent_at)
                SELECT a.id, s.id, IF(s.status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED'), s.status, 'CONFIRMED'),
                       s.source, s.created_at, s.confirmed_at, s.unsubscribed_at, s.consent_at
                FROM subscriber s JOIN audience a ON a.code = 'newsletter'
                WHERE s.email LIKE ?""")) {
            join.setString(1, emailLike);
            join.executeUpdate();
        }
    }
}
