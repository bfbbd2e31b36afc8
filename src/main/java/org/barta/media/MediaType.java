package org.barta.media;

import java.util.Optional;

/** The file types the media library accepts, and the file ending stored files get. */
public enum MediaType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    PDF("application/pdf", "pdf");

    private final String mimeType;
    private final String extension;

    MediaType(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this != PDF;
    }

    public static Optional<MediaType> ofMimeType(String mimeType) {
        for (MediaType type : values()) {
            if (type.mimeType.equals(mimeType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
