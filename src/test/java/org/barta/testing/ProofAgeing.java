package org.barta.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.barta.accounts.web.SignedInSession;

/**
 * Test WARs only, never the application's: {@code POST /admin/it/proof-age?minutes=n} dates the calling session's
 * last proof of identity {@code n} minutes back, as if it had been signed in that long without confirming again,
 * so tests see a stale proof without waiting ({@link StaleProof}). It lies under {@code /admin/}, so only a signed-in
 * session reaches it. It uses no other test class: it is the only one in the server.
 */
@WebServlet(ProofAgeing.PATH)
public class ProofAgeing extends HttpServlet {

    public static final String PATH = "/admin/it/proof-age";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedInSession signedIn = SignedInSession.of(request).orElse(null);
        if (signedIn == null) {
            response.sendError(HttpServletResponse.SC_CONFLICT, "not signed in");
            return;
        }
        signedIn.proven(Instant.now().minus(Duration.ofMinutes(Long.parseLong(request.getParameter("minutes")))));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
