package org.barta.site.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Holds back a response body so it can be cached and answered with validators. Headers go straight through;
 * errors and redirects are not captured.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean passedThrough;
    private boolean cookieSet;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    /** A 200 response with a body and no cookie: safe to share with every visitor. */
    boolean isCacheable() {
        return status == SC_OK && !passedThrough && !cookieSet;
    }

    boolean passedThrough() {
        return passedThrough;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("Blocking writes only");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            // Faces closes the writer when the page is written; body() still flushes it, and flushing a closed
            // PrintWriter makes (and swallows) an IOException with its stack trace on every page.
            writer = new PrintWriter(new OutputStreamWriter(body, charset), false) {
                @Override
                public void close() {
                    flush();
                }
            };
        }
        return writer;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        passedThrough = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        passedThrough = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        passedThrough = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void setContentLength(int len) {
        // The length is set when the captured body is written.
    }

    @Override
    public void setContentLengthLong(long len) {
        // The length is set when the captured body is written.
    }

    @Override
    public void flushBuffer() {
        // Nothing reaches the client before the body is complete.
    }

    @Override
    public boolean isCommitted() {
        return passedThrough && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public void reset() {
        body.reset();
        super.reset();
    }
}
