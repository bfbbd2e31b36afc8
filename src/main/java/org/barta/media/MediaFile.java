package org.barta.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded image or PDF. The bytes are in {@link MediaStorage} under {@link #getStorageKey()}. */
@Entity
@Table(name = "media_file")
public class MediaFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "storage_key", nullable = false, unique = true, length = 64)
    private String storageKey;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    private Integer width;

    private Integer height;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "alt_en", length = 500)
    private String altEn;

    @Column(name = "alt_bn", length = 500)
    private String altBn;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected MediaFile() {
    }

    MediaFile(String storageKey, String originalName, MediaType type, long sizeBytes, Integer width, Integer height,
              String sha256, Long uploadedBy) {
        this.storageKey = storageKey;
        this.originalName = originalName;
        this.contentType = type.mimeType();
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** The public address of the original file, or of a {@link ImageVariant} for images. */
    public String url(ImageVariant variant) {
        return url(storageKey, contentType, variant);
    }

    /** As {@link #url(ImageVariant)}, for a file read as columns rather than as this entity. */
    public static String url(String storageKey, String contentType, ImageVariant variant) {
        return "/media/" + storageKey + (variant == null || !contentType.startsWith("image/") ? ""
                : "/" + variant.pathName());
    }

    public String getUrl() {
        return url(null);
    }

    public String getThumbnailUrl() {
        return url(ImageVariant.THUMBNAIL);
    }

    public Long getId() {
        return id;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
