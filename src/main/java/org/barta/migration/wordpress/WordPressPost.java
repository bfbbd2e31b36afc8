package org.barta.migration.wordpress;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A post or page of a WordPress export ({@code <item>} with {@code wp:post_type} post or page), as the import needs
 * it. {@code status} is WordPress's ({@code publish}, {@code future}, {@code draft}, {@code pending},
 * {@code private}, {@code trash}); dates are UTC ({@code wp:post_date_gmt}, null when WordPress left it zero, as it
 * does for drafts), {@code publishedLocal} is the site's own clock (what its date-based addresses show);
 * {@code content} holds the {@code <!--more-->} marker if the author set one. {@code language} and
 * {@code translationKey} come from Polylang's terms when the site used it (null otherwise).
 */
public record WordPressPost(long id, String type, String title, String slug, String link, String status,
        Instant published, LocalDateTime publishedLocal, Instant modified, String content, String excerpt,
        String authorLogin, List<String> categories, List<String> tags, String language, String translationKey,
        Long featuredImageId, boolean sticky) implements Serializable {

    public WordPressPost {
        title = title == null ? "" : title;
        slug = slug == null ? "" : slug;
        content = content == null ? "" : content;
        excerpt = excerpt == null ? "" : excerpt;
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
    }
}
