package org.barta.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** Where media bytes live. Keys are random; a variant is null for the original file. */
public interface MediaStorage {

    void write(String key, ImageVariant variant, Path source) throws IOException;

    Optional<InputStream> read(String key, ImageVariant variant) throws IOException;

    Optional<Long> size(String key, ImageVariant variant) throws IOException;

    void delete(String key) throws IOException;
}
