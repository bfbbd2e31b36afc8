package org.barta.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a newsroom request that has no valid session to the sign-in page, and tells the editor there what became
 * of it. A browser that still sends a session nobody holds any more (timed out, ended, or kept by an instance that
 * stopped: sessions are not replicated) is told its session ended; if it was sending a form, that nothing of it
 * was saved, so no change is ever lost without the editor knowing.
 */
public final class SignInRedirect {

    public static final String PAGE = "/login";
    /** The sign-in page's parameter saying why it is shown. */
    public static final String ENDED = "ended";
    public static final String ENDED_SESSION = "session";
    public static final String ENDED_UNSAVED = "unsaved";

    private SignInRedirect() {
    }

    /** The sign-in page's address (within the application) for a request without a session. */
    public static String pageFor(HttpServletRequest request) {
        return request.getRequestedSessionId() == null ? PAGE : endedPageFor(request);
    }

    /** The sign-in page's address for a request whose session has just ended. */
    public static String endedPageFor(HttpServletRequest request) {
        return PAGE + "?" + ENDED + "=" + ("POST".equals(request.getMethod()) ? ENDED_UNSAVED : ENDED_SESSION);
    }

    /** Sends the request to {@code page}; a Faces Ajax request would not follow a plain redirect, so it gets one in its own format. */
    public static void send(HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
        String target = request.getContextPath() + page;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }
}
