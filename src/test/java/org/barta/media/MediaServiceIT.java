package org.barta.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.content.ContentKind;
import org.barta.content.ContentService;
import org.barta.content.ItemContent;
import org.barta.content.Language;
import org.barta.content.TranslationContent;
import org.barta.platform.BusinessException;
import org.barta.testing.Deployments;
import org.barta.testing.TestActors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Upload checks and the media library against the real database and storage. */
@ExtendWith(ArquillianExtension.class)
class MediaServiceIT {

    private static final Logger LOG = Logger.getLogger(MediaServiceIT.class.getName());
    private static final long MEGABYTE = 1024L * 1024L;

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries().addClass(MediaSamples.class);
    }

    @Inject
    MediaService media;

    @Inject
    MediaStorage storage;

    @Inject
    ContentService content;

    @Inject
    AccountService accounts;

    private Actor editor;

    @BeforeEach
    void editor() {
        editor = TestActors.ensure(accounts, "media-editor", Role.EDITOR);
    }

    @Test
    void aPhotoIsStoredWithScaledVariants() throws IOException {
        MediaFile photo = media.upload("C:\\Users\\me\\press conference.JPG", new ByteArrayInputStream(image(2000, 1000, "jpg")),
                editor).file();

        assertThat(photo.getContentType()).isEqualTo("image/jpeg");
        assertThat(photo.getOriginalName()).isEqualTo("press conference.jpg");
        assertThat(photo.getWidth()).isEqualTo(2000);
        assertThat(photo.getHeight()).isEqualTo(1000);
        for (ImageVariant variant : ImageVariant.values()) {
            try (InputStream in = storage.read(photo.getStorageKey(), variant).orElseThrow()) {
                BufferedImage scaled = ImageIO.read(in);
                assertThat(scaled.getWidth()).as(variant.name()).isEqualTo(Math.min(2000, variant.maxSide()));
                assertThat(scaled.getHeight()).as(variant.name()).isEqualTo(Math.min(2000, variant.maxSide()) / 2);
            }
        }
        assertThat(photo.url(ImageVariant.MEDIUM)).isEqualTo("/media/" + photo.getStorageKey() + "/medium");
    }

    @Test
    void smallPngStaysPngAndIsNeverEnlarged() throws IOException {
        MediaFile logo = media.upload("logo.png", new ByteArrayInputStream(image(120, 80, "png")), editor).file();

        try (InputStream in = storage.read(logo.getStorageKey(), ImageVariant.LARGE).orElseThrow()) {
            byte[] head = in.readNBytes(4);
            assertThat(head).startsWith(0x89, 'P', 'N', 'G');
        }
        try (InputStream in = storage.read(logo.getStorageKey(), ImageVariant.LARGE).orElseThrow()) {
            assertThat(ImageIO.read(in).getWidth()).isEqualTo(120);
        }
    }

    @Test
    void typeComesFromContentNotFromTheName() {
        MediaFile pdf = media.upload("photo.jpg", new ByteArrayInputStream(MediaSamples.pdfWithAuthor()), editor).file();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getOriginalName()).isEqualTo("photo.pdf");
        assertThat(pdf.isImage()).isFalse();

        assertRefused("notes.jpg", "just some text, not a picture".getBytes(StandardCharsets.UTF_8), "media.typeRefused");
        assertRefused("innocent.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "media.typeRefused");
        assertRefused("drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                .getBytes(StandardCharsets.UTF_8), "media.typeRefused");
        assertRefused("empty.png", new byte[0], "media.empty");
    }

    @Test
    void anOversizedUploadIsRefusedWhileReadingAndLeavesNothing() {
        long before = media.count(null, false);
        byte[] jpegStart = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        InputStream huge = new SequenceInputStream(new ByteArrayInputStream(jpegStart),
                new ZeroStream(media.maxUploadBytes() + 1));

        assertThatThrownBy(() -> media.upload("huge.jpg", huge, editor))
                .isInstanceOf(BusinessException.class).hasMessageContaining("media.tooLarge");
        assertThat(media.count(null, false)).isEqualTo(before);
    }

    @Test
    void aFileInUseCannotBeDeletedAndTheItemsAreNamed() throws IOException {
        MediaFile photo = media.upload("workshop.png", new ByteArrayInputStream(image(300, 200, "png")), editor).file();
        long itemId = content.create(ContentKind.PRESS_STATEMENT, new ItemContent(null, null, null, null, null, null,
                null, null, null, null, photo.getId(), List.of(), List.of(), Map.of(Language.EN,
                new TranslationContent("Statement with a photo", null, null, "<p>Text</p>", "Workshop")), null), editor);

        assertThatThrownBy(() -> media.delete(photo.getId(), editor))
                .isInstanceOf(BusinessException.class).hasMessageContaining("media.inUse")
                .satisfies(e -> assertThat(((BusinessException) e).arguments()).containsExactly("Statement with a photo"));

        var item = content.load(itemId);
        content.save(itemId, item.getVersion(), item.content().withoutFeaturedImage(), editor);
        media.delete(photo.getId(), editor);
        assertThat(storage.read(photo.getStorageKey(), null)).isEmpty();
    }

    @Test
    void anImageBombIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() {
        long before = media.count(null, false);

        assertThatThrownBy(() -> media.upload("bomb.png", new ByteArrayInputStream(MediaSamples.pngBomb(60_000, 60_000)),
                editor)).isInstanceOf(BusinessException.class).hasMessageContaining("media.tooManyPixels")
                .satisfies(e -> assertThat(((BusinessException) e).arguments()).containsExactly(60_000, 60_000, 50L));

        // 12,000 × 9,000 would take 324 MB as a decoded raster; the upload itself is under 100 bytes.
        byte[] bomb = MediaSamples.pngBomb(12_000, 9_000);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        long usedBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long peakBefore = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

        assertThatThrownBy(() -> media.upload("bomb.png", new ByteArrayInputStream(bomb), editor))
                .isInstanceOf(BusinessException.class).hasMessageContaining("media.tooManyPixels");

        long peakGrowth = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() - peakBefore;
        System.gc();
        long usedAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        LOG.info(() -> String.format("Image bomb (%d bytes declaring 12000x9000): heap used before %d MB, after %d MB,"
                + " peak growth during the upload %d MB", bomb.length, usedBefore / MEGABYTE, usedAfter / MEGABYTE,
                peakGrowth / MEGABYTE));
        assertThat(peakGrowth).as("heap growth while refusing the bomb").isLessThan(64 * MEGABYTE);
        assertThat(media.count(null, false)).isEqualTo(before);
    }

    @Test
    void theStoredPhotoCarriesNoLocationOrCameraAndTheEditorIsTold() throws IOException {
        UploadResult result = media.upload("witness.jpg", new ByteArrayInputStream(MediaSamples.jpegWithGps(640, 480)),
                editor);

        assertThat(result.removed()).contains(RemovedMetadata.GPS_LOCATION, RemovedMetadata.CAMERA,
                RemovedMetadata.DATE_TAKEN);
        byte[] original;
        try (InputStream in = storage.read(result.file().getStorageKey(), null).orElseThrow()) {
            original = in.readAllBytes();
        }
        String text = new String(original, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Exif").doesNotContain(MediaSamples.CAMERA_MODEL).doesNotContain("2025:03:14");
        assertThat(original).isEqualTo(image(640, 480, "jpg"));
        assertThat(result.file().getSizeBytes()).isEqualTo(original.length);
        for (ImageVariant variant : ImageVariant.values()) {
            try (InputStream in = storage.read(result.file().getStorageKey(), variant).orElseThrow()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
            }
        }
    }

    @Test
    void aPdfIsStoredWithoutItsAuthor() throws IOException {
        UploadResult result = media.upload("report.pdf", new ByteArrayInputStream(MediaSamples.pdfWithAuthor()), editor);

        assertThat(result.removed()).contains(RemovedMetadata.AUTHOR);
        try (InputStream in = storage.read(result.file().getStorageKey(), null).orElseThrow();
                PDDocument stored = Loader.loadPDF(in.readAllBytes())) {
            assertThat(stored.getDocumentInformation().getAuthor()).isNull();
            assertThat(stored.getDocumentCatalog().getMetadata()).isNull();
        }
    }

    private void assertRefused(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> media.upload(name, new ByteArrayInputStream(bytes), editor))
                .isInstanceOf(BusinessException.class).hasMessageContaining(key);
    }

    private static byte[] image(int width, int height, String format) {
        return MediaSamples.image(width, height, format);
    }

    /** An endless-looking stream of zeros that never sits in memory. */
    private static final class ZeroStream extends InputStream {
        private long remaining;

        ZeroStream(long length) {
            this.remaining = length;
        }

        @Override
        public int read() {
            if (remaining <= 0) {
                return -1;
            }
            remaining--;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            remaining -= n;
            return n;
        }
    }
}
