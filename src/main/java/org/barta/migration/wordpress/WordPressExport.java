package org.barta.migration.wordpress;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a WordPress export file (WXR 1.1 or 1.2) holds that an import needs: the site's address and language, its
 * authors (by login), categories, posts and pages, and attachments (by id: the uploaded files posts show).
 */
public record WordPressExport(String siteAddress, String language, Map<String, Author> authors,
        List<Category> categories, List<WordPressPost> posts, Map<Long, Attachment> attachments)
        implements Serializable {

    /** An author: login, e-mail address and the name shown. */
    public record Author(String login, String email, String displayName) implements Serializable {
    }

    /** A category: its slug ({@code nicename}), its parent's slug (null at the top) and its name. */
    public record Category(String slug, String parentSlug, String name) implements Serializable {
    }

    /** An uploaded file: its address on the old site, its alternative text (images), the post it belongs to. */
    public record Attachment(long id, String url, String alt, long parentId) implements Serializable {
    }

    public WordPressExport {
        authors = Map.copyOf(authors);
        categories = List.copyOf(categories);
        posts = List.copyOf(posts);
        attachments = Map.copyOf(attachments);
    }
}
