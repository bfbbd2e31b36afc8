package org.barta.migration.wordpress;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.barta.migration.joomla.JoomlaArticle;
import org.barta.migration.joomla.JoomlaCategory;
import org.barta.site.redirect.OldAddress;

/**
 * A WordPress export in the shapes the import works with (it was built for Joomla first, and WordPress's posts map
 * onto Joomla's articles field by field): categories with ids of their own and paths by slug, pages in a category
 * "Pages" of their own; each post's text split at {@code <!--more-->} into intro and full text, its status as
 * Joomla's state (published and scheduled 1, draft, pending and private 0, trash −2), its featured image as the
 * full-text image with its alt text, its excerpt as the description, Polylang's language and translation link;
 * and the addresses it was known by.
 */
public final class WordPressArticles {

    private static final String MORE = "<!--more-->";
    private static final Pattern CAPTION = Pattern.compile("\\[caption[^\\]]*\\](.*?)\\[/caption\\]",
            Pattern.DOTALL);
    private static final Pattern SHORTCODE = Pattern.compile("\\[/?[a-z][a-z0-9_-]*(?:\\s[^\\]]*)?/?\\]");
    private static final Pattern BLOCK = Pattern.compile("<(?:p|div|h[1-6]|ul|ol|table|blockquote|figure)[\\s>]",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DAY_PATH = DateTimeFormatter.ofPattern("/yyyy/MM/dd/", Locale.ROOT);

    private final WordPressExport export;
    private final List<JoomlaCategory> categories = new ArrayList<>();
    private final Map<String, Long> categoryIds = new HashMap<>();
    private final long pagesId;

    public WordPressArticles(WordPressExport export) {
        this.export = export;
        Map<String, WordPressExport.Category> bySlug = new HashMap<>();
        export.categories().forEach(category -> bySlug.put(category.slug(), category));
        long id = 0;
        for (WordPressExport.Category category : export.categories()) {
            categoryIds.put(category.slug(), ++id);
        }
        for (WordPressExport.Category category : export.categories()) {
            Long parent = category.parentSlug() == null ? null : categoryIds.get(category.parentSlug());
            categories.add(new JoomlaCategory(categoryIds.get(category.slug()), parent == null ? 1 : parent,
                    category.name(), category.slug(), path(category, bySlug), 1));
        }
        pagesId = ++id;
        categories.add(new JoomlaCategory(pagesId, 1, "Pages", "pages", "pages", 1));
    }

    public List<JoomlaCategory> categories() {
        return List.copyOf(categories);
    }

    public List<JoomlaArticle> articles() {
        return export.posts().stream().map(this::article).toList();
    }

    /** Each article's translation link (Polylang's), by id; articles without one are absent. */
    public Map<Long, String> translationKeys() {
        Map<Long, String> keys = new HashMap<>();
        export.posts().stream().filter(post -> post.translationKey() != null)
                .forEach(post -> keys.put(post.id(), post.translationKey()));
        return keys;
    }

    /**
     * The addresses a post was known by, in the form redirects keep them: {@code ?p=N} ({@code ?page_id=N} for a
     * page), its permalink as exported, {@code /yyyy/mm/dd/slug} and {@code /slug}.
     */
    public List<String> addressesOf(WordPressPost post) {
        Set<String> addresses = new LinkedHashSet<>();
        boolean page = post.type().equals("page");
        addresses.add(OldAddress.wordPressPost(post.id(), page));
        permalinkPath(post.link()).flatMap(OldAddress::ofRequestPath).filter(path -> !path.equals("/"))
                .ifPresent(addresses::add);
        String slug = post.slug().strip();
        if (!slug.isEmpty()) {
            if (!page && post.publishedLocal() != null) {
                OldAddress.ofRequestPath(DAY_PATH.format(post.publishedLocal()) + slug).ifPresent(addresses::add);
            }
            OldAddress.ofRequestPath("/" + slug).ifPresent(addresses::add);
        }
        return List.copyOf(addresses);
    }

    private JoomlaArticle article(WordPressPost post) {
        int more = post.content().indexOf(MORE);
        String intro = html(more < 0 ? post.content() : post.content().substring(0, more));
        String full = more < 0 ? "" : html(post.content().substring(more + MORE.length()));
        long category = post.type().equals("page") ? pagesId
                : post.categories().stream().map(categoryIds::get).filter(Objects::nonNull).findFirst().orElse(0L);
        WordPressExport.Author author = export.authors().get(post.authorLogin());
        return new JoomlaArticle(post.id(), post.title(), post.slug(), intro, full, state(post.status()), category,
                post.published() != null ? post.published() : post.modified(), post.modified(), post.published(),
                null, featuredImage(post).orElse(null), post.excerpt(), post.sticky(), language(post), post.tags(),
                author == null ? null : new JoomlaArticle.Author(author.email(), author.displayName()));
    }

    /**
     * The post's text as HTML: shortcodes taken out (a caption's image and text kept), and paragraphs made of blank
     * lines where the text has none, as WordPress makes them when it shows a post written in its classic editor.
     */
    static String html(String content) {
        String text = CAPTION.matcher(content).replaceAll("$1");
        text = SHORTCODE.matcher(text).replaceAll("");
        if (BLOCK.matcher(text).find()) {
            return text;
        }
        StringBuilder paragraphs = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.append("<p>").append(paragraph.strip().replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return paragraphs.toString();
    }

    private static int state(String status) {
        return switch (status) {
            case "publish", "future" -> JoomlaArticle.PUBLISHED;
            case "trash" -> JoomlaArticle.TRASHED;
            default -> JoomlaArticle.UNPUBLISHED;
        };
    }

    /** Polylang's language of the post ({@code en}, {@code bn}), else the site's ({@code en-US}); none: "All". */
    private String language(WordPressPost post) {
        String language = post.language() != null ? post.language() : export.language();
        return language == null || language.isBlank() ? "*" : language.strip();
    }

    /** Joomla's {@code images} field with the featured image as the full-text image, if the post has one. */
    private Optional<String> featuredImage(WordPressPost post) {
        WordPressExport.Attachment image = post.featuredImageId() == null ? null
                : export.attachments().get(post.featuredImageId());
        if (image == null || image.url().isBlank()) {
            return Optional.empty();
        }
        JsonObjectBuilder images = Json.createObjectBuilder().add("image_fulltext", image.url())
                .add("image_fulltext_alt", image.alt() == null ? "" : image.alt());
        return Optional.of(images.build().toString());
    }

    private static String path(WordPressExport.Category category, Map<String, WordPressExport.Category> bySlug) {
        List<String> slugs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (WordPressExport.Category at = category; at != null && seen.add(at.slug());
                at = at.parentSlug() == null ? null : bySlug.get(at.parentSlug())) {
            slugs.add(0, at.slug());
        }
        return String.join("/", slugs);
    }

    private static Optional<String> permalinkPath(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(link.strip());
            String path = uri.getRawPath();
            return path == null || path.isEmpty() || uri.getRawQuery() != null ? Optional.empty() : Optional.of(path);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
