package org.barta.media;

/** The scaled copies made of every uploaded image; each fits in a square of {@link #maxSide()} pixels. */
public enum ImageVariant {
    THUMBNAIL("thumb", 240),
    MEDIUM("medium", 800),
    LARGE("large", 1600);

    private final String pathName;
    private final int maxSide;

    ImageVariant(String pathName, int maxSide) {
        this.pathName = pathName;
        this.maxSide = maxSide;
    }

    public String pathName() {
        return pathName;
    }

    public int maxSide() {
        return maxSide;
    }

    public static java.util.Optional<ImageVariant> fromPath(String name) {
        for (ImageVariant variant : values()) {
            if (variant.pathName.equals(name)) {
                return java.util.Optional.of(variant);
            }
        }
        return java.util.Optional.empty();
    }
}
