package org.barta.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A CSV file the browser saves rather than shows, never kept by a cache (it holds personal data). */
public final class CsvDownload {

    private CsvDownload() {
    }

    /** Sets the headers and returns the writer for the body; the caller closes it. */
    public static Writer open(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    }
}
