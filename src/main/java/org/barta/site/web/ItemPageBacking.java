package org.barta.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.barta.content.ContentItem;
import org.barta.content.ContentTranslation;
import org.barta.media.ImageVariant;
import org.barta.media.MediaFile;
import org.barta.media.MediaService;
import org.barta.site.EmailCloaking;
import org.barta.site.PublicSite;
import org.barta.site.SitePaths;
import org.jsoup.Jsoup;

/**
 * An item page ({@code /{lang}/{kind}/{slug}}, or {@code /{lang}/{slug}} for plain pages): text, event or
 * network facts, images, attachments, related items, and the metadata search engines and social sites read.
 * Anything not published is a 404.
 */
@Named
@RequestScoped
public class ItemPageBacking {

    private static final int DESCRIPTION_LENGTH = 160;
    private static final int RELATED = 4;

    @Inject
    PublicSite site;

    @Inject
    SiteRequest request;

    @Inject
    SitePaths paths;

    @Inject
    MediaService media;

    private ContentTranslation text;
    private ContentTranslation other;
    private MediaFile featuredImage;
    private List<MediaFile> attachments;
    private List<ContentTranslation> related;
    private String bodyHtml;
    private String description;

    public void load() {
        text = site.item(request.getLanguage(), request.getKind(), request.getSlug()).orElse(null);
        if (text == null) {
            NotFound.send();
            return;
        }
        other = site.otherLanguage(text).orElse(null);
        Long imageId = text.getItem().getFeaturedImageId();
        featuredImage = imageId == null ? null : media.load(imageId);
    }

    public ContentTranslation getText() {
        return text;
    }

    public ContentItem getItem() {
        return text.getItem();
    }

    public ContentTranslation getOther() {
        return other;
    }

    public String getBodyHtml() {
        if (bodyHtml == null) {
            bodyHtml = EmailCloaking.cloak(text.getBody());
        }
        return bodyHtml;
    }

    /** Shown three times on the page (meta, OpenGraph, Twitter card): worked out once. */
    public String getDescription() {
        if (description == null) {
            String source = text.getSummary() != null && !text.getSummary().isBlank() ? text.getSummary()
                    : Jsoup.parse(text.getBody() == null ? "" : text.getBody()).text();
            description = source.length() <= DESCRIPTION_LENGTH ? source
                    : source.substring(0, DESCRIPTION_LENGTH - 1) + "…";
        }
        return description;
    }

    public String getCanonicalUrl() {
        return paths.absolute(paths.item(text));
    }

    public String getOtherUrl() {
        return other == null ? null : paths.absolute(paths.item(other));
    }

    public MediaFile getFeaturedImage() {
        return featuredImage;
    }

    public String getImageUrl(MediaFile image) {
        return image == null ? null : paths.absolute(image.url(ImageVariant.LARGE));
    }

    public String getMediumImageUrl(MediaFile image) {
        return image.url(ImageVariant.MEDIUM);
    }

    public List<MediaFile> getAttachments() {
        if (attachments == null) {
            attachments = loadAttachments();
        }
        return attachments;
    }

    private List<MediaFile> loadAttachments() {
        List<Long> ids = new java.util.ArrayList<>(text.getItem().getAttachmentIds());
        Long report = text.getItem().getReport() == null ? null : text.getItem().getReport().getFileId();
        if (report != null && !ids.contains(report)) {
            ids.add(0, report);
        }
        return ids.stream().map(media::load).toList();
    }

    /** "PDF, 1.2 MB" or "JPEG image, 640 KB". */
    public String describe(MediaFile file) {
        String type = switch (file.getContentType()) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPEG";
            case "image/png" -> "PNG";
            case "image/webp" -> "WebP";
            default -> file.getContentType();
        };
        long bytes = file.getSizeBytes();
        String size = bytes >= 1024 * 1024 ? "%.1f MB".formatted(bytes / (1024.0 * 1024.0))
                : Math.max(1, bytes / 1024) + " KB";
        return type + ", " + size;
    }

    public List<ContentTranslation> getRelated() {
        if (related == null) {
            related = site.related(text, RELATED);
        }
        return related;
    }
}
