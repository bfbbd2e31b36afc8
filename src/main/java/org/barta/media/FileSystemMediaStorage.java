package org.barta.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Media on the local file system ({@code BARTA_MEDIA_DIR}), outside the web root: one folder per file, named by
 * its random key, holding {@code original} and the image variants. Several instances share it over a network
 * file system.
 */
@ApplicationScoped
public class FileSystemMediaStorage implements MediaStorage {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    @Inject
    @ConfigProperty(name = "barta.media.dir", defaultValue = "barta-media")
    String directory;

    private Path root;

    /** Storage at this folder outside the container (the run profile's demo content). */
    public static FileSystemMediaStorage at(Path directory) {
        FileSystemMediaStorage storage = new FileSystemMediaStorage();
        storage.directory = directory.toString();
        storage.open();
        return storage;
    }

    @PostConstruct
    void open() {
        root = Path.of(directory).toAbsolutePath();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Media directory " + root + " cannot be created", e);
        }
    }

    @Override
    public void write(String key, ImageVariant variant, Path source) throws IOException {
        Path target = path(key, variant);
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public Optional<InputStream> read(String key, ImageVariant variant) throws IOException {
        Path file = path(key, variant);
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    }

    @Override
    public Optional<Long> size(String key, ImageVariant variant) throws IOException {
        Path file = path(key, variant);
        return Files.isRegularFile(file) ? Optional.of(Files.size(file)) : Optional.empty();
    }

    @Override
    public void delete(String key) throws IOException {
        Path folder = folder(key);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private Path path(String key, ImageVariant variant) {
        return folder(key).resolve(variant == null ? "original" : variant.pathName());
    }

    private Path folder(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
