package org.barta.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** An image's declared width and height, read from its header without decoding a single pixel. */
public record ImageSize(int width, int height) {

    public long pixels() {
        return (long) width * height;
    }

    /** Empty when no ImageIO reader understands the file. */
    public static Optional<ImageSize> of(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
            } catch (IOException | RuntimeException damaged) {
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }
}
