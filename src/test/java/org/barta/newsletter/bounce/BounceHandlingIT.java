package org.barta.newsletter.bounce;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.barta.testing.Deployments;
import org.barta.testing.NewsletterMembers;
import org.barta.testing.TestServices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bounces and complaints end to end: reports delivered into the IMAP bounce mailbox (GreenMail) are read by the
 * clustered job every 2 seconds and applied to subscribers created in the database; abuse reports are posted to
 * the complaint endpoint. The VERP addresses are made with the key the application keeps in app_secret. Reports in
 * the mailbox without a VERP address that verifies are held for an editor ({@code HeldBounceIT} decides them).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BounceHandlingIT {

    private static final String TOKEN = System.getenv("BARTA_NEWSLETTER_COMPLAINT_TOKEN");
    private static final long EDITION = 7;
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aHardBounceSuppressesTheSubscriberWithinSeconds() throws Exception {
        String email = "hard@example.net";
        long id = confirmedSubscriber(email);

        deliver("postfix-hard-bounce.eml", verp(id), email, "<hard-1@mail.barta.test>");

        await(() -> "BOUNCED".equals(status(id)), "hard bounce applied");
        assertThat(events(id)).containsExactly("HARD 5.1.1 edition 7 from MAILBOX");
        assertThat(diagnostics(id)).singleElement().asString()
                .contains("Recipient address rejected").doesNotContain(email);
        await(() -> !inMailbox("<hard-1@mail.barta.test>"), "the processed report deleted from the mailbox");

        eraseSubscriber(id);
        assertThat(query("select kind from bounce_event where report_key = ? and subscriber_id is null",
                BounceReportParser.keyOfMessageId("<hard-1@mail.barta.test>")))
                .as("erasing the subscriber keeps the event without them").containsExactly("HARD");
    }

    @Test
    @Order(2)
    void softBouncesSuppressOnlyAtTheLimitOfThree() throws Exception {
        String email = "soft@example.net";
        long id = confirmedSubscriber(email);

        for (int n = 1; n <= 2; n++) {
            deliver("soft-mailbox-full.eml", verp(id), email, "<soft-" + n + "@mail.barta.test>");
            int expected = n;
            await(() -> events(id).size() == expected, "soft bounce " + n + " recorded");
            assertThat(status(id)).as("after %d soft bounces", n).isEqualTo("CONFIRMED");
        }
        deliver("delayed.eml", verp(id), email, "<soft-3@mail.barta.test>");

        await(() -> "BOUNCED".equals(status(id)), "suppressed at the third soft bounce");
        assertThat(events(id)).containsExactly("SOFT 4.2.2 edition 7 from MAILBOX", "SOFT 4.2.2 edition 7 from MAILBOX",
                "SOFT 4.4.1 edition 7 from MAILBOX");
    }

    @Test
    @Order(3)
    void theSameReportReadTwiceCountsOnce() throws Exception {
        String email = "twice@example.net";
        long id = confirmedSubscriber(email);

        deliver("soft-mailbox-full.eml", verp(id), email, "<twice@mail.barta.test>");
        deliver("soft-mailbox-full.eml", verp(id), email, "<twice@mail.barta.test>");

        await(() -> !inMailbox("<twice@mail.barta.test>"), "both copies read and deleted");
        assertThat(events(id)).containsExactly("SOFT 4.2.2 edition 7 from MAILBOX");
        assertThat(status(id)).isEqualTo("CONFIRMED");
    }

    @Test
    @Order(4)
    void aBounceToAForgedVerpAddressSuppressesNobody() throws Exception {
        String email = "forged@example.net";
        long id = confirmedSubscriber(email);
        String real = verp(id);
        String forged = real.replaceFirst("-[a-z2-7]{10}@", "-" + (real.contains("-aaaaaaaaaa@") ? "b" : "a").repeat(10) + "@");

        deliver("postfix-hard-bounce.eml", forged, email, "<forged@mail.barta.test>");
        deliver("exim-hard-bounce.eml", verp(id).replace("+7-", "+8-"), email, "<other-edition@mx.example.com>");

        await(() -> !inMailbox("<forged@mail.barta.test>") && !inMailbox("<other-edition@mx.example.com>"),
                "forged reports read and dropped");
        assertThat(status(id)).isEqualTo("CONFIRMED");
        assertThat(events(id)).isEmpty();
    }

    @Test
    @Order(5)
    void theComplaintEndpointWantsTheTokenAndAnAbuseReport() throws Exception {
        byte[] report = Samples.text("arf-abuse-complaint.eml").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> anonymous = post(null, "message/rfc822", report);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(post("Bearer not-the-token", "message/rfc822", report).statusCode()).isEqualTo(401);
        assertThat(post("Basic " + Base64.getEncoder().encodeToString(("x:" + TOKEN).getBytes()), "message/rfc822",
                report).statusCode()).isEqualTo(401);

        assertThat(post("Bearer " + TOKEN, "text/plain", report).statusCode()).isEqualTo(415);
        HttpResponse<String> garbage = post("Bearer " + TOKEN, "message/rfc822",
                "this is not\u0000 a mail at all".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("Not an abuse report", "not a multipart/report");
        HttpResponse<String> bounce = post("Bearer " + TOKEN, "message/rfc822",
                Samples.text("postfix-hard-bounce.eml").getBytes(StandardCharsets.UTF_8));
        assertThat(bounce.statusCode()).isEqualTo(400);
        assertThat(bounce.body()).contains("Not an abuse report", "delivery status notification");
        byte[] huge = new byte[1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'x');
        assertThat(post("Bearer " + TOKEN, "message/rfc822", huge).statusCode()).isEqualTo(413);
    }

    @Test
    @Order(6)
    void anAbuseReportMarksTheSubscriberComplainedOnce() throws Exception {
        String email = "complains@example.net";
        long id = confirmedSubscriber(email);
        byte[] report = Samples.text("arf-abuse-complaint.eml",
                Map.of(Samples.VERP, verp(id), Samples.RECIPIENT, email)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> accepted = post("Bearer " + TOKEN, "message/rfc822", report);
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(status(id)).isEqualTo("COMPLAINED");
        assertThat(post("Bearer " + TOKEN, "message/rfc822", report).statusCode()).as("sent again").isEqualTo(202);
        assertThat(events(id)).containsExactly("COMPLAINT abuse edition 7 from ENDPOINT");
    }

    @Test
    @Order(7)
    void anAbuseReportPostedAsMultipartReportIsMatchedByTheRecipientWithoutVerp() throws Exception {
        String email = "plain-complaint@example.net";
        long id = confirmedSubscriber(email);
        String text = Samples.text("arf-abuse-complaint.eml", Map.of(Samples.RECIPIENT, email,
                Samples.VERP, "newsletter@barta.test"));
        String contentType = "multipart/report; report-type=feedback-report; boundary=\"----=_Part_FBL_8842\"";
        String body = text.substring(text.indexOf("\n\n") + 2);

        assertThat(post("Bearer " + TOKEN, contentType, body.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(202);
        assertThat(status(id)).isEqualTo("COMPLAINED");
        assertThat(events(id)).containsExactly("COMPLAINT abuse edition - from ENDPOINT");
    }

    @Test
    @Order(8)
    void mailThatIsNoReportStaysInTheMailboxAndIsSkippedAfterwards() throws Exception {
        deliver("out-of-office.eml", verp(1), "someone@example.net", "<ooo-1@example.net>");

        await(() -> unreadableReason("<ooo-1@example.net>") != null, "recorded as unreadable");
        assertThat(unreadableReason("<ooo-1@example.net>")).contains("not a multipart/report");
        // Over two more polls of the mailbox (every 2 s).
        Awaitility.await("kept for a person to look at").during(5, SECONDS).atMost(6, SECONDS)
                .until(() -> inMailbox("<ooo-1@example.net>"));
    }

    @Test
    @Order(9)
    void aMailToTheListUnsubscribeAddressUnsubscribes() throws Exception {
        String email = "mailto-unsubscribe@example.net";
        long id = confirmedSubscriber(email);
        String forged = verp(id).replaceFirst("-[a-z2-7]+@", "-aaaaaaaaaa@");
        for (String to : List.of(forged, verp(id))) {
            TestServices.bounceMailbox().deliver(Samples.message("""
                    From: <%s>
                    To: <%s>
                    Subject: unsubscribe
                    Message-ID: <%d@example.net>
                    Content-Type: text/plain

                    unsubscribe
                    """.formatted(email, to, Math.abs(to.hashCode()))));
            if (to.equals(forged)) {
                // Over two more polls of the mailbox (every 2 s).
                Awaitility.await("a forged address unsubscribes nobody").during(5, SECONDS).atMost(6, SECONDS)
                        .until(() -> "CONFIRMED".equals(status(id)));
            }
        }
        await(() -> "UNSUBSCRIBED".equals(status(id)), "unsubscribed by mail");
    }

    @Test
    @Order(10)
    void aForgedBounceWithoutVerpIsHeldAndSuppressesNobody() throws Exception {
        String email = "no-verp@example.net";
        long id = confirmedSubscriber(email);

        deliver("postfix-hard-bounce.eml", System.getenv("BARTA_NEWSLETTER_BOUNCE_ADDRESS"), email,
                "<no-verp@forger.example>");

        await(() -> !inMailbox("<no-verp@forger.example>"), "the forged report read and taken out of the mailbox");
        assertThat(status(id)).isEqualTo("CONFIRMED");
        assertThat(events(id)).isEmpty();
        assertThat(held(id)).containsExactly("HARD 5.1.1 NO_VERP undecided");
    }

    @Test
    @Order(11)
    void aComplaintWithABadTagIsHeldAndSuppressesNobody() throws Exception {
        String email = "bad-tag-complaint@example.net";
        long id = confirmedSubscriber(email);
        String forged = verp(id).replaceFirst("-[a-z2-7]{10}@",
                "-" + (verp(id).contains("-aaaaaaaaaa@") ? "b" : "a").repeat(10) + "@");
        String text = Samples.text("arf-abuse-complaint.eml", Map.of(Samples.VERP, forged, Samples.RECIPIENT, email))
                .replaceFirst("(?im)^Message-Id: .*$", "Message-ID: <bad-tag@forger.example>");

        TestServices.bounceMailbox().deliver(Samples.message(text));

        await(() -> !inMailbox("<bad-tag@forger.example>"), "the forged complaint read and taken out of the mailbox");
        assertThat(status(id)).isEqualTo("CONFIRMED");
        assertThat(events(id)).isEmpty();
        assertThat(held(id)).containsExactly("COMPLAINT abuse BAD_TAG undecided");
    }

    private void deliver(String sample, String verp, String recipient, String messageId) throws MessagingException {
        String text = Samples.text(sample, Map.of(Samples.VERP, verp, Samples.RECIPIENT, recipient))
                .replaceFirst("(?im)^Message-Id: .*$", "Message-ID: " + messageId);
        TestServices.bounceMailbox().deliver(Samples.message(text));
    }

    private static boolean inMailbox(String messageId) {
        return Arrays.stream(TestServices.bounceServer().getReceivedMessages()).anyMatch(m -> {
            try {
                return messageId.equals(m.getMessageID());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private HttpResponse<String> post(String authorization, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("/newsletter/complaints"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void await(Callable<Boolean> condition, String what) {
        Awaitility.await(what).atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(condition);
    }

    /** The application's VERP envelope sender for this subscriber in edition 7. */
    private static String verp(long subscriberId) throws Exception {
        return new VerpCodec(System.getenv("BARTA_NEWSLETTER_BOUNCE_ADDRESS"), verpKey()).encode(EDITION, subscriberId);
    }

    /** The key as the application stores it: whoever asks first creates it, everyone reads the stored one. */
    private static byte[] verpKey() throws Exception {
        byte[] candidate = new byte[32];
        RANDOM.nextBytes(candidate);
        try (Connection db = connect();
             PreparedStatement insert = db.prepareStatement(
                     "insert ignore into app_secret (name, value, created_at) values (?, ?, now(3))");
             PreparedStatement select = db.prepareStatement("select value from app_secret where name = ?")) {
            insert.setString(1, VerpAddresses.KEY);
            insert.setString(2, Base64.getEncoder().encodeToString(candidate));
            insert.executeUpdate();
            select.setString(1, VerpAddresses.KEY);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return Base64.getDecoder().decode(rs.getString(1));
            }
        }
    }

    private static long confirmedSubscriber(String email) throws Exception {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        try (Connection db = connect();
             PreparedStatement insert = db.prepareStatement("""
                     insert into subscriber (email, language, status, source, link_nonce, created_at, confirmed_at,
                                             consent_at, version)
                     values (?, 'en', 'CONFIRMED', 'FORM', ?, now(3), now(3), now(3), 0)""",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, email);
            insert.setString(2, Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
            insert.executeUpdate();
            NewsletterMembers.join(db, email);
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** What erasure from the preferences page does to the row. */
    private static void eraseSubscriber(long subscriberId) throws SQLException {
        try (Connection db = connect(); PreparedStatement delete = db.prepareStatement("delete from subscriber where id = ?")) {
            delete.setLong(1, subscriberId);
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }
    }

    private static String status(long subscriberId) {
        return query("select status from subscriber where id = ?", subscriberId).stream().findFirst().orElse(null);
    }

    private static List<String> events(long subscriberId) {
        return query("""
                select concat(kind, ' ', status_code, ' edition ', coalesce(edition_id, '-'), ' from ', source)
                from bounce_event where subscriber_id = ? order by id""", subscriberId);
    }

    private static List<String> held(long subscriberId) {
        return query("""
                select concat(kind, ' ', status_code, ' ', reason, ' ', coalesce(decision, 'undecided'))
                from held_bounce where subscriber_id = ? order by id""", subscriberId);
    }

    private static List<String> diagnostics(long subscriberId) {
        return query("select diagnostic from bounce_event where subscriber_id = ? order by id", subscriberId);
    }

    private static String unreadableReason(String messageId) {
        return query("select reason from bounce_unreadable where message_id = ?", messageId).stream().findFirst()
                .orElse(null);
    }

    private static List<String> query(String sql, Object parameter) {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestServices.jdbcUrl(), "barta", "barta");
    }
}
