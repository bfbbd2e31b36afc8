package org.barta.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.barta.content.ContentItem;
import org.barta.content.ContentKind;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;
import org.barta.content.Tag;
import org.barta.media.ImageVariant;
import org.barta.media.MediaFile;
import org.barta.media.MediaService;
import org.barta.platform.web.NotFound;
import org.barta.publicweb.SiteRequest;
import org.barta.site.EmailCloaking;
import org.barta.site.ListedItem;
import org.barta.publicweb.LocalizedDates;
import org.barta.site.PublicSite;
import org.barta.site.ShownContent;
import org.barta.publicweb.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * An item page ({@code /{lang}/{kind}/{slug}}, or {@code /{lang}/{slug}} for plain pages): text, event or
 * network facts, images, attachments, related items, and the metadata search engines and social sites read.
 * Anything not published is a 404. The view reads everything as plain properties worked out once per request
 * (EL method calls cost a reflective method lookup on every evaluation).
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
    MediaService media;

    @Inject
    ShownContent shown;

    private ContentTranslation text;
    private String otherPath;
    private MediaFile featuredImage;
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
        text = site.item(request.getLanguage(), request.getKind(), request.getSlug()).orElse(null);
        if (text == null) {
            NotFound.send();
            return;
        }
        shown.itemPage(getItem().getId(), getItem().getTags().stream().map(Tag::getId).collect(Collectors.toSet()));
        otherPath = site.otherLanguageSlug(text)
                .map(slug -> SitePaths.itemPath(text.getLanguage().other(), getItem().getKind(), slug)).orElse(null);
        Long imageId = getItem().getFeaturedImageId();
        featuredImage = imageId == null ? null : media.load(imageId);
    }

    public ContentTranslation getText() {
        return text;
    }

    public ContentItem getItem() {
        return text.getItem();
    }

    public String getBodyHtml() {
        if (bodyHtml == null) {
            bodyHtml = EmailCloaking.cloak(text.getBody());
        }
        return bodyHtml;
    }

    /** Whether the item names a press contact (the page then shows "For more information"). */
    public boolean isContactGiven() {
        return !getItem().getContact().isEmpty();
    }

    /** The contact block's e-mail address, cloaked like those in the text (no {@code @} in the page's HTML). */
    public String getContactEmailHtml() {
        String email = getItem().getContact().email();
        return email == null ? null : EmailCloaking.cloak(Entities.escape(email));
    }

    /** A {@code tel:} link for the contact's number, in Latin digits whatever the editor typed. */
    public String getContactPhoneHref() {
        String phone = getItem().getContact().phone();
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

    /** The same item in the other language, or null when it has no published translation. */
    public String getOtherUrl() {
        return otherPath == null ? null : paths.absolute(otherPath);
    }

    /** Where the language switch leads: this item in the other language, else the other language's home. */
    public String getSwitchUrl() {
        return otherPath != null ? otherPath : paths.home(text.getLanguage().other());
    }

    public String getListingUrl() {
        return paths.listing(getItem().getKind(), text.getLanguage());
    }

    public String getKindKey() {
        return "kind." + getItem().getKind().name();
    }

    /** Plain pages show no date. */
    public boolean isDated() {
        return getItem().getKind() != ContentKind.PAGE;
    }

    public Instant getPublishedAt() {
        return getItem().getPublishedAt();
    }

    public String getPublishedDate() {
        return LocalizedDates.dayOf(getItem().getPublishedAt(), text.getLanguage());
    }

    public String getEventTypeKey() {
        return "eventType." + getItem().getEvent().getType().name();
    }

    public String getEventDate() {
        return LocalizedDates.day(getItem().getEvent().getDate(), text.getLanguage());
    }

    public String getMemberSince() {
        Integer year = getItem().getNetwork().getMemberSince();
        return year == null ? null : LocalizedDates.digits(year, text.getLanguage());
    }

    public boolean isHasImage() {
        return featuredImage != null;
    }

    /** The large variant, absolute, for OpenGraph. */
    public String getImageUrl() {
        return featuredImage == null ? null : paths.absolute(featuredImage.url(ImageVariant.LARGE));
    }

    public String getMediumImageUrl() {
        return featuredImage == null ? null : featuredImage.url(ImageVariant.MEDIUM);
    }

    public Integer getImageWidth() {
        if (featuredImage == null || featuredImage.getWidth() == null) {
            return null;
        }
        return Math.min(FEATURED_WIDTH, featuredImage.getWidth());
    }

    public String getTwitterCard() {
        return featuredImage != null ? "summary_large_image" : "summary";
    }

    public List<Attachment> getAttachments() {
        if (attachments == null) {
            attachments = loadAttachments();
        }
        return attachments;
    }

    private List<Attachment> loadAttachments() {
        List<Long> ids = new ArrayList<>(getItem().getAttachmentIds());
        Long report = getItem().getReport() == null ? null : getItem().getReport().getFileId();
        if (report != null && !ids.contains(report)) {
            ids.add(0, report);
        }
        return ids.stream().map(media::load)
                .map(file -> new Attachment(file.getUrl(), file.getOriginalName(), describe(file))).toList();
    }

    /** "PDF, 1.2 MB" or "JPEG, 640 KB". */
    static String describe(MediaFile file) {
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

    public List<TagLink> getTags() {
        if (tags == null) {
            Language language = text.getLanguage();
            tags = getItem().getTags().stream()
                    .map(tag -> new TagLink(paths.tag(tag.getSlug(), language), tag.label(language))).toList();
        }
        return tags;
    }

    public List<ListedItem> getRelated() {
        if (related == null) {
            related = site.related(text, RELATED);
        }
        return related;
    }
}
