package org.barta.publicweb;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.barta.content.ContentKind;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The public site's clean addresses, relative ({@code /bn/press-statements/…}) or absolute for feeds and links. */
@Named("paths")
@ApplicationScoped
public class SitePaths {

    @Inject
    @ConfigProperty(name = "barta.base-url", defaultValue = "http://127.0.0.1:8080")
    String baseUrl;

    /** The base address without trailing slashes; every mail a send writes carries several absolute links. */
    private String origin;

    @PostConstruct
    void trimBaseUrl() {
        origin = baseUrl.replaceAll("/+$", "");
    }

    public String home(Language language) {
        return "/" + language.code() + "/";
    }

    public String listing(ContentKind kind, Language language) {
        return "/" + language.code() + "/" + kind.pathSegment() + "/";
    }

    public String item(ContentTranslation translation) {
        return itemPath(translation.getLanguage(), translation.getItem().getKind(), translation.getSlug());
    }

    /** {@code /bn/press-statements/<slug>}, or {@code /bn/<slug>} for plain pages. */
    public static String itemPath(Language language, ContentKind kind, String slug) {
        String lang = "/" + language.code() + "/";
        return kind == ContentKind.PAGE ? lang + encode(slug) : lang + kind.pathSegment() + "/" + encode(slug);
    }

    public String tag(String slug, Language language) {
        return "/" + language.code() + "/tags/" + encode(slug) + "/";
    }

    public String archive(Language language, int year, int month) {
        return "/%s/archive/%04d/%02d/".formatted(language.code(), year, month);
    }

    public String search(Language language) {
        return "/" + language.code() + "/search";
    }

    public String feed(Language language, ContentKind kind) {
        return (kind == null ? "/" + language.code() + "/" : listing(kind, language)) + "feed.atom";
    }

    public String absolute(String path) {
        return origin + path;
    }

    public static Optional<ContentKind> kindOf(String pathSegment) {
        for (ContentKind kind : ContentKind.values()) {
            if (!kind.pathSegment().isEmpty() && kind.pathSegment().equals(pathSegment)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
