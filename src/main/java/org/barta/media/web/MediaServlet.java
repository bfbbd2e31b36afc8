package org.barta.media.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.barta.accounts.Role;
import org.barta.media.ImageVariant;
import org.barta.media.MediaFile;
import org.barta.media.MediaGrant;
import org.barta.media.MediaService;
import org.barta.media.MediaType;
import org.barta.media.MediaStorage;
import org.barta.media.MediaVisibility;

/**
 * Serves {@code /media/{key}} and {@code /media/{key}/{variant}}. Keys are random and files never change, so files
 * used by a published item are cacheable for a year; any other file (a draft's or an embargoed statement's photo)
 * goes to signed-in staff only, or to a request another feature vouches for ({@link MediaGrant}: a journalist's
 * preview link), and is kept out of every shared cache ({@link MediaVisibility}). Nothing served
 * here can run script (SecurityHeaders' media policy). The edge cache never stores {@code /media}: PageCacheFilter
 * is mapped to the public pages only.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MediaService media;

    @Inject
    transient MediaStorage storage;

    @Inject
    transient MediaVisibility visibility;

    @Inject
    transient Instance<MediaGrant> grants;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.replaceFirst("^/", "").split("/");
        if (parts.length == 0 || parts.length > 2 || parts[0].isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<MediaFile> found = media.byKey(parts[0]);
        ImageVariant variant = parts.length == 2 ? ImageVariant.fromPath(parts[1]).orElse(null) : null;
        if (found.isEmpty() || parts.length == 2 && (variant == null || !found.get().isImage())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile file = found.get();
        boolean shared = visibility.isPublic(file);
        if (!shared && !isStaff(request) && !granted(file, request)) {
            // The same answer as for a key that does not exist: the file's existence is not told either.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + file.getSha256().substring(0, 32) + (variant == null ? "" : "-" + variant.pathName()) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", shared ? "public, max-age=31536000, immutable" : "private, no-store");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        MediaType type = MediaType.ofMimeType(file.getContentType()).orElseThrow();
        response.setContentType(variant == null ? type.mimeType() : MediaService.variantType(type).mimeType());
        if (!file.isImage()) {
            String ascii = file.getOriginalName().replaceAll("[^A-Za-z0-9._-]", "_");
            String utf8 = URLEncoder.encode(file.getOriginalName(), StandardCharsets.UTF_8).replace("+", "%20");
            response.setHeader("Content-Disposition", "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8);
        }
        Optional<Long> size = storage.size(file.getStorageKey(), variant);
        size.ifPresent(response::setContentLengthLong);
        Optional<InputStream> bytes = storage.read(file.getStorageKey(), variant);
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = bytes.get()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private boolean granted(MediaFile file, HttpServletRequest request) {
        return request.getQueryString() != null
                && grants.stream().anyMatch(grant -> grant.grants(file, request.getParameterMap()));
    }

    private static boolean isStaff(HttpServletRequest request) {
        return Arrays.stream(Role.values()).anyMatch(role -> request.isUserInRole(role.name()));
    }
}
