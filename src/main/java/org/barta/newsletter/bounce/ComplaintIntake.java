package org.barta.newsletter.bounce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Abuse reports posted by a feedback loop or a mail provider's relay: checks the shared secret
 * ({@code barta.newsletter.complaint-token}) and applies the report like one read from the bounce mailbox.
 */
@ApplicationScoped
public class ComplaintIntake {

    /** How a request's credentials stand. */
    public enum Access {
        /** No token is configured: the endpoint does not exist. */
        CLOSED,
        /** No or a wrong bearer token. */
        REFUSED,
        GRANTED
    }

    @Inject
    @ConfigProperty(name = "barta.newsletter.complaint-token")
    Optional<String> token;

    @Inject
    BounceService bounces;

    public Access access(String authorizationHeader) {
        return access(token, authorizationHeader);
    }

    /** Compares in constant time: hashing first hides the token's length too. */
    static Access access(Optional<String> configured, String authorizationHeader) {
        if (configured.isEmpty() || configured.get().isBlank()) {
            return Access.CLOSED;
        }
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Access.REFUSED;
        }
        String given = authorizationHeader.substring(7).strip();
        return MessageDigest.isEqual(sha256(configured.get().strip()), sha256(given)) ? Access.GRANTED : Access.REFUSED;
    }

    /** True for the content types the endpoint takes: a whole ARF message, or its multipart/report body. */
    public static boolean accepts(String contentType) {
        try {
            ContentType type = new ContentType(contentType == null ? "" : contentType);
            return type.match("message/rfc822") || type.match("multipart/report");
        } catch (ParseException e) {
            return false;
        }
    }

    /**
     * Applies a posted abuse report.
     *
     * @throws UnreadableReportException when the body is not an ARF report (the reason says why)
     */
    public void accept(String contentType, byte[] body) throws UnreadableReportException {
        BounceReport report = BounceReportParser.parse(BounceReportParser.read(new ByteArrayInputStream(
                asMessage(contentType, body))));
        if (report.type() != ReportType.FEEDBACK) {
            throw new UnreadableReportException("it is a delivery status notification");
        }
        bounces.apply(report, BounceSource.ENDPOINT);
    }

    /** A multipart/report body becomes a message by putting its Content-Type header in front. */
    private static byte[] asMessage(String contentType, byte[] body) throws UnreadableReportException {
        try {
            if (new ContentType(contentType).match("message/rfc822")) {
                return body;
            }
        } catch (ParseException e) {
            throw new UnreadableReportException("unreadable Content-Type: " + e.getMessage(), e);
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream(body.length + 200);
        message.writeBytes(("Content-Type: " + contentType.replaceAll("[\r\n]", " ") + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        message.writeBytes(body);
        return message.toByteArray();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
