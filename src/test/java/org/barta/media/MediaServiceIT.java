package org.barta.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
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

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
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
                editor);

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
        MediaFile logo = media.upload("logo.png", new ByteArrayInputStream(image(120, 80, "png")), editor);

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
        MediaFile pdf = media.upload("photo.jpg", new ByteArrayInputStream(PDF), editor);
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
        MediaFile photo = media.upload("workshop.png", new ByteArrayInputStream(image(300, 200, "png")), editor);
        long itemId = content.create(ContentKind.PRESS_STATEMENT, new ItemContent(null, null, null, null, null, null,
                null, null, null, null, photo.getId(), List.of(), List.of(), Map.of(Language.EN,
                new TranslationContent("Statement with a photo", null, null, "<p>Text</p>", "Workshop"))), editor);

        assertThatThrownBy(() -> media.delete(photo.getId(), editor))
                .isInstanceOf(BusinessException.class).hasMessageContaining("media.inUse")
                .satisfies(e -> assertThat(((BusinessException) e).arguments()).containsExactly("Statement with a photo"));

        var item = content.load(itemId);
        content.save(itemId, item.getVersion(), item.content().withoutFeaturedImage(), editor);
        media.delete(photo.getId(), editor);
        assertThat(storage.read(photo.getStorageKey(), null)).isEmpty();
    }

    private void assertRefused(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> media.upload(name, new ByteArrayInputStream(bytes), editor))
                .isInstanceOf(BusinessException.class).hasMessageContaining(key);
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(138, 21, 56));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
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
