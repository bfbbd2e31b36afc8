package org.barta.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import org.apache.tika.Tika;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.platform.BusinessException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The media library: uploads checked by content (Apache Tika reads the magic bytes; the file name is never
 * trusted), a configurable size limit enforced while reading, a pixel limit checked from the image header
 * before decoding, location/camera/author metadata removed before anything is stored, image variants made
 * with Thumbnailator, files stored under random keys, and deletion refused while any item uses the file.
 */
@ApplicationScoped
public class MediaService {

    private static final Logger LOG = Logger.getLogger(MediaService.class.getName());
    private static final int KEY_BYTES = 18;
    private static final long MEGABYTE = 1024L * 1024L;

    @Inject
    MediaRepository files;

    @Inject
    MediaStorage storage;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "barta.media.max-upload-mb", defaultValue = "20")
    long maxUploadMegabytes;

    @Inject
    @ConfigProperty(name = "barta.media.max-pixels", defaultValue = "50000000")
    long maxPixels;

    private final Tika tika = new Tika();
    private final SecureRandom random = new SecureRandom();

    @PostConstruct
    void registerImageReaders() {
        // Makes the WebP reader in the WAR visible to ImageIO.
        ImageIO.scanForPlugins();
    }

    public long maxUploadBytes() {
        return maxUploadMegabytes * MEGABYTE;
    }

    @Transactional
    public UploadResult upload(String originalName, InputStream content, Actor actor) {
        List<Path> temporary = new ArrayList<>();
        String key = null;
        try {
            Path upload = Files.createTempFile("barta-upload-", ".bin");
            temporary.add(upload);
            if (copyWithLimit(content, upload, maxUploadBytes()) == 0) {
                throw new BusinessException("media.empty");
            }
            String detected;
            try (InputStream in = Files.newInputStream(upload)) {
                detected = tika.detect(in);
            }
            MediaType type = MediaType.ofMimeType(detected)
                    .orElseThrow(() -> new BusinessException("media.typeRefused", detected));
            if (type.isImage()) {
                refuseTooManyPixels(upload);
            }
            Path clean = Files.createTempFile("barta-clean-", "." + type.extension());
            temporary.add(clean);
            Set<RemovedMetadata> removed = MetadataStripper.strip(type, upload, clean);
            key = newKey();
            Integer width = null;
            Integer height = null;
            if (type.isImage()) {
                BufferedImage image = ImageIO.read(clean.toFile());
                if (image == null) {
                    throw new BusinessException("media.unreadableImage");
                }
                width = image.getWidth();
                height = image.getHeight();
                for (ImageVariant variant : ImageVariant.values()) {
                    Path scaled = Files.createTempFile("barta-variant-", "." + variantType(type).extension());
                    temporary.add(scaled);
                    scale(image, variant, variantType(type), scaled);
                    storage.write(key, variant, scaled);
                }
            }
            storage.write(key, null, clean);
            long size = Files.size(clean);
            MediaFile file = new MediaFile(key, cleanName(originalName, type), type, size, width, height,
                    sha256(clean), actor.accountId());
            files.add(file);
            audit.record(actor, "media.upload", "media", file.getId(),
                    file.getOriginalName() + " (" + type.mimeType() + ", " + size + " bytes"
                    + (removed.isEmpty() ? "" : ", metadata removed: " + removed) + ")");
            return new UploadResult(file, removed);
        } catch (IOException e) {
            removeQuietly(key);
            throw new UncheckedIOException("Upload could not be stored", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            removeQuietly(key);
            throw e;
        } finally {
            temporary.forEach(MediaService::deleteQuietly);
        }
    }

    @Transactional
    public void delete(long id, Actor actor) {
        MediaFile file = load(id);
        List<String> users = files.usedBy(file);
        if (!users.isEmpty()) {
            throw new BusinessException("media.inUse", String.join("; ", users));
        }
        files.remove(file);
        audit.record(actor, "media.delete", "media", id, file.getOriginalName());
        removeQuietly(file.getStorageKey());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaFile load(long id) {
        return files.find(id).orElseThrow(() -> new BusinessException("media.notFound", id));
    }

    /** These entries, those that still exist, in one read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MediaFile> byIds(Collection<Long> ids) {
        return files.byIds(ids);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MediaFile> byKey(String key) {
        return files.byKey(key);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MediaFile> browse(String text, boolean imagesOnly, int first, int max) {
        return files.browse(text, imagesOnly, first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String text, boolean imagesOnly) {
        return files.count(text, imagesOnly);
    }

    /** Refuses an image whose header declares more pixels than allowed, before any pixel is decoded. */
    private void refuseTooManyPixels(Path image) throws IOException {
        ImageSize declared = ImageSize.of(image).orElseThrow(() -> new BusinessException("media.unreadableImage"));
        if (declared.pixels() > maxPixels) {
            throw new BusinessException("media.tooManyPixels", declared.width(), declared.height(),
                    maxPixels / 1_000_000);
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The stored type of a file or variant: variants of PNG stay PNG (transparency), all others are JPEG. */
    public static MediaType variantType(MediaType original) {
        return original == MediaType.PNG ? MediaType.PNG : MediaType.JPEG;
    }

    private static void scale(BufferedImage image, ImageVariant variant, MediaType format, Path target)
            throws IOException {
        var builder = Thumbnails.of(image).outputFormat(format.extension());
        if (Math.max(image.getWidth(), image.getHeight()) <= variant.maxSide()) {
            builder.scale(1.0);
        } else {
            builder.size(variant.maxSide(), variant.maxSide()).keepAspectRatio(true);
        }
        if (format == MediaType.JPEG) {
            builder.outputQuality(0.85);
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            builder.toOutputStream(out);
        }
    }

    private static long copyWithLimit(InputStream in, Path target, long limit) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > limit) {
                    throw new BusinessException("media.tooLarge", limit / MEGABYTE);
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Keeps the name people recognise, without paths or control characters, ending in the real type. */
    private static String cleanName(String name, MediaType type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        base = base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        if (base.isEmpty()) {
            base = "file";
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        return base + "." + type.extension();
    }

    private void removeQuietly(String key) {
        if (key == null) {
            return;
        }
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Media files of " + key + " could not be removed: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warning(() -> "Temporary file " + path + " could not be removed: " + e.getMessage());
        }
    }
}
