package org.barta.migration.joomla;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The old site's files an article shows or links: images and documents under its {@code images/} folder (Joomla's
 * media folder), named in the text relatively, from the root, or by a full address on the old site's host, and the
 * intro and full-text images of its {@code images} field (Joomla 4 appends {@code #joomlaImage://…} to those).
 * Files are read only from the {@code images/} folder under the old site's folder: no address, however written,
 * and no symbolic link in it reaches anything else on the server.
 */
public final class JoomlaFiles {

    /** A Joomla site's folder of images and documents, the only one read. */
    public static final String FOLDER = "images";

    /** The intro or full-text image of an article, with its alternative text. */
    public record Image(String path, String alt) {
    }

    private JoomlaFiles() {
    }

    /**
     * The old file a link or image address names, as a path under the old site's folder ({@code images/…} for
     * {@code folder} "images", percent-decoded); empty for anything else (another site, a page, a file outside
     * {@code folder}).
     */
    public static Optional<String> oldPath(String address, String siteHost, String folder) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String cleaned = address.strip();
        int joomlaImage = cleaned.indexOf("#joomlaImage:");
        cleaned = joomlaImage >= 0 ? cleaned.substring(0, joomlaImage) : cleaned;
        String path;
        try {
            URI uri = new URI(cleaned.replace(" ", "%20"));
            if (uri.getScheme() != null || uri.getHost() != null) {
                boolean web = uri.getScheme() == null || uri.getScheme().matches("(?i)https?");
                if (!web || uri.getHost() == null || !sameSite(uri.getHost(), siteHost)) {
                    return Optional.empty();
                }
            }
            path = uri.getRawPath();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEncoding) {
            return Optional.empty();
        }
        path = path.replaceFirst("^/+", "").replaceFirst("^index\\.php/", "");
        String media = folder + "/";
        if (!path.startsWith(media) || path.length() == media.length() || path.contains("\\")) {
            return Optional.empty();
        }
        for (String part : path.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    /** Every old file the HTML shows ({@code img src}) or links ({@code a href}), in order. */
    public static Set<String> referenced(String html, String siteHost, String folder) {
        Set<String> paths = new LinkedHashSet<>();
        Document document = Jsoup.parseBodyFragment(html);
        for (Element image : document.select("img[src]")) {
            oldPath(image.attr("src"), siteHost, folder).ifPresent(paths::add);
        }
        for (Element link : document.select("a[href]")) {
            oldPath(link.attr("href"), siteHost, folder).ifPresent(paths::add);
        }
        return paths;
    }

    /** The HTML with each old file's address replaced by its new one ({@code newAddresses}, by old path). */
    public static String rewritten(String html, String siteHost, String folder, Map<String, String> newAddresses) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element element : document.select("img[src], a[href]")) {
            String attribute = element.tagName().equals("img") ? "src" : "href";
            Optional<String> now = oldPath(element.attr(attribute), siteHost, folder).map(newAddresses::get);
            if (now.isPresent()) {
                element.attr(attribute, now.get());
                changed = true;
            }
        }
        return changed ? document.body().html() : html;
    }

    /** The article's full-text image, or else its intro image, from its {@code images} field; empty if none. */
    public static Optional<Image> featured(String imagesJson) {
        if (imagesJson == null || imagesJson.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(imagesJson))) {
            JsonObject images = reader.readObject();
            for (String which : List.of("image_fulltext", "image_intro")) {
                String path = images.getString(which, "");
                if (!path.isBlank()) {
                    return Optional.of(new Image(path, images.getString(which + "_alt", "")));
                }
            }
            return Optional.empty();
        } catch (JsonException | ClassCastException notJson) {
            return Optional.empty();
        }
    }

    /**
     * The file under the old site's folder ({@code root}) for an old path, if it is there: tried as written and in
     * both Unicode normal forms (accented names written on one system and read on another).
     */
    public static Optional<Path> file(Path root, String folder, String oldPath) {
        Path media;
        try {
            media = root.resolve(folder).toRealPath();
        } catch (IOException noFolder) {
            return Optional.empty();
        }
        for (Normalizer.Form form : List.of(Normalizer.Form.NFC, Normalizer.Form.NFD)) {
            try {
                // The real path: a link inside the folder to a file elsewhere on the server is not followed out.
                Path candidate = root.resolve(Normalizer.normalize(oldPath, form)).toRealPath();
                if (candidate.startsWith(media) && Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (IOException | InvalidPathException notThere) {
                // Tried in the other form, or not there.
            }
        }
        return Optional.empty();
    }

    /** Whether the old file is a document to attach to the item (a PDF), rather than an image to show. */
    public static boolean isDocument(String oldPath) {
        return oldPath.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    private static boolean sameSite(String host, String siteHost) {
        String a = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String b = siteHost.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        return a.equals(b);
    }
}
