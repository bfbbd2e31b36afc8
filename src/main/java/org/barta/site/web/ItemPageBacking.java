package org.barta.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.barta.content.ContentKind;
import org.barta.content.Language;
import org.barta.media.ImageVariant;
import org.barta.platform.web.NotFound;
import org.barta.publicweb.SiteRequest;
import org.barta.site.EmailCloaking;
import org.barta.site.ListedItem;
import org.barta.publicweb.LocalizedDates;
import org.barta.site.PublicSite;
import org.barta.site.PublishedItem;
import org.barta.site.ShownContent;
import org.barta.publicweb.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * An item page ({@code /{lang}/{kind}/{slug}}, or {@code /{lang}/{slug}} for plain pages): text, event or
 * network facts, images, attachments, related items, and the metadata search engines and social sites read.
 * Anything not published is a 404. The view reads everything as plain properties worked out once per request
 * (EL method calls cost a reflective method lookup on every evaluation). The item comes as a
 * {@link PublishedItem}, read without entities.
 */
@Named
@RequestScoped
public class ItemPageBacking {

    private static final int DESCRIPTION_LENGTH = 160;
    private static final int RELATED = 4;
    private static final int FEATURED_WIDTH = 800;

    @Inject
    PublicSite site;

    @Inject
    SiteRequest request;

    @Inject
    SitePaths paths;

    @Inject
    ShownContent shown;

    private PublishedItem item;
    private String otherPath;
    private List<Attachment> attachments;
    private List<TagLink> tags;
    private List<ListedItem> related;
    private String bodyHtml;
    private String description;

    /** A file attached to the item: its address, name and "PDF, 1.2 MB". */
    public record Attachment(String url, String name, String description) {
    }

    /** A tag of the item: the address of its page in this language and its label. */
    public record TagLink(String url, String label) {
    }

    /** Runs before the view renders (preRenderView): a 404 ends the request there. */
    public void load() {
        item = site.item(request.getLanguage(), request.getKind(), request.getSlug()).orElse(null);
        if (item == null) {
            NotFound.send();
            return;
        }
        shown.itemPage(item.id(), item.tagIds());
        otherPath = item.otherLanguageSlug() == null ? null
                : SitePaths.itemPath(item.language().other(), item.kind(), item.otherLanguageSlug());
    }

    public PublishedItem getItem() {
        return item;
    }

    public String getBodyHtml() {
        if (bodyHtml == null) {
            bodyHtml = EmailCloaking.cloak(item.body());
        }
        return bodyHtml;
    }

    /** Whether the item names a press contact (the page then shows "For more information"). */
    public boolean isContactGiven() {
        return !item.contact().isEmpty();
    }

    /** The contact block's e-mail address, cloaked like those in the text (no {@code @} in the page's HTML). */
    public String getContactEmailHtml() {
        String email = item.contact().email();
        return email == null ? null : EmailCloaking.cloak(Entities.escape(email));
    }

    /** A {@code tel:} link for the contact's number, in Latin digits whatever the editor typed. */
    public String getContactPhoneHref() {
        String phone = item.contact().phone();
        if (phone == null) {
            return null;
        }
        StringBuilder dial = new StringBuilder("tel:");
        phone.codePoints().forEach(c -> {
            if (c == '+' && dial.length() == 4) {
                dial.append('+');
            } else if (Character.isDigit(c)) {
                dial.append(Character.digit(c, 10));
            }
        });
        return dial.toString();
    }

    /** Shown three times on the page (meta, OpenGraph, Twitter card): worked out once. */
    public String getDescription() {
        if (description == null) {
            String source = item.summary() != null && !item.summary().isBlank() ? item.summary()
                    : Jsoup.parse(item.body() == null ? "" : item.body()).text();
            description = source.length() <= DESCRIPTION_LENGTH ? source
                    : source.substring(0, DESCRIPTION_LENGTH - 1) + "…";
        }
        return description;
    }

    public String getCanonicalUrl() {
        return paths.absolute(SitePaths.itemPath(item.language(), item.kind(), item.slug()));
    }

    /** The same item in the other language, or null when it has no published translation. */
    public String getOtherUrl() {
        return otherPath == null ? null : paths.absolute(otherPath);
    }

    /** Where the language switch leads: this item in the other language, else the other language's home. */
    public String getSwitchUrl() {
        return otherPath != null ? otherPath : paths.home(item.language().other());
    }

    public String getListingUrl() {
        return paths.listing(item.kind(), item.language());
    }

    public String getKindKey() {
        return "kind." + item.kind().name();
    }

    /** Plain pages show no date. */
    public boolean isDated() {
        return item.kind() != ContentKind.PAGE;
    }

    public Instant getPublishedAt() {
        return item.publishedAt();
    }

    public String getPublishedDate() {
        return LocalizedDates.dayOf(item.publishedAt(), item.language());
    }

    public String getEventTypeKey() {
        return "eventType." + item.event().type().name();
    }

    public String getEventDate() {
        return LocalizedDates.day(item.event().date(), item.language());
    }

    public String getMemberSince() {
        Integer year = item.network().memberSince();
        return year == null ? null : LocalizedDates.digits(year, item.language());
    }

    public boolean isHasImage() {
        return item.featuredImage() != null;
    }

    /** The large variant, absolute, for OpenGraph. */
    public String getImageUrl() {
        return item.featuredImage() == null ? null : paths.absolute(item.featuredImage().url(ImageVariant.LARGE));
    }

    public String getMediumImageUrl() {
        return item.featuredImage() == null ? null : item.featuredImage().url(ImageVariant.MEDIUM);
    }

    public Integer getImageWidth() {
        PublishedItem.File image = item.featuredImage();
        return image == null || image.width() == null ? null : Math.min(FEATURED_WIDTH, image.width());
    }

    public String getTwitterCard() {
        return item.featuredImage() != null ? "summary_large_image" : "summary";
    }

    public List<Attachment> getAttachments() {
        if (attachments == null) {
            attachments = item.attachments().stream()
                    .map(file -> new Attachment(file.url(null), file.originalName(), describe(file))).toList();
        }
        return attachments;
    }

    /** "PDF, 1.2 MB" or "JPEG, 640 KB". */
    static String describe(PublishedItem.File file) {
        String type = switch (file.contentType()) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPEG";
            case "image/png" -> "PNG";
            case "image/webp" -> "WebP";
            default -> file.contentType();
        };
        long bytes = file.sizeBytes();
        String size = bytes >= 1024 * 1024 ? "%.1f MB".formatted(bytes / (1024.0 * 1024.0))
                : Math.max(1, bytes / 1024) + " KB";
        return type + ", " + size;
    }

    public List<TagLink> getTags() {
        if (tags == null) {
            Language language = item.language();
            tags = item.tags().stream()
                    .map(tag -> new TagLink(paths.tag(tag.slug(), language), tag.label(language))).toList();
        }
        return tags;
    }

    public List<ListedItem> getRelated() {
        if (related == null) {
            related = site.related(item, RELATED);
        }
        return related;
    }
}
