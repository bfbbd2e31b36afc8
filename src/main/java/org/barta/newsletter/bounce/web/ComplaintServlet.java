package org.barta.newsletter.bounce.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.barta.newsletter.bounce.ComplaintIntake;
import org.barta.newsletter.bounce.UnreadableReportException;

/**
 * {@code POST /newsletter/complaints}: an abuse report (ARF, RFC 5965) as {@code message/rfc822} or
 * {@code multipart/report}, with {@code Authorization: Bearer <barta.newsletter.complaint-token>}. Answers 404
 * when no token is configured, 401 without the right token, 415 for other content types, 413 over 1 MB, 400 with
 * the reason when the body is not an abuse report, 202 once applied. Answers are for machines: plain English.
 * Outside {@code /en/} and {@code /bn/}, so the page cache never sees it.
 */
@WebServlet("/newsletter/complaints")
public class ComplaintServlet extends HttpServlet {

    static final int MAX_BYTES = 1024 * 1024;
    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplaintIntake intake;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        ComplaintIntake.Access access = intake.access(request.getHeader("Authorization"));
        if (access == ComplaintIntake.Access.CLOSED) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (access == ComplaintIntake.Access.REFUSED) {
            response.setHeader("WWW-Authenticate", "Bearer");
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, "A valid bearer token is required.");
            return;
        }
        String contentType = request.getContentType();
        if (!ComplaintIntake.accepts(contentType)) {
            answer(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Send an abuse report as message/rfc822 or multipart/report.");
            return;
        }
        byte[] body = new byte[0];
        if (request.getContentLengthLong() <= MAX_BYTES) {
            // Read one byte more than allowed: a chunked body gives its size away only by being too long.
            try (InputStream in = request.getInputStream()) {
                body = in.readNBytes(MAX_BYTES + 1);
            }
        }
        if (request.getContentLengthLong() > MAX_BYTES || body.length > MAX_BYTES) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "A report may be at most 1 MB.");
            return;
        }
        try {
            intake.accept(contentType, body);
        } catch (UnreadableReportException e) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, "Not an abuse report (ARF, RFC 5965): "
                    + e.getMessage());
            return;
        }
        answer(response, HttpServletResponse.SC_ACCEPTED, "Accepted.");
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
