package org.barta.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metadata comes out of every kind of upload, the picture stays bit for bit, and the editor is told what went. */
class MetadataStripperTest {

    @TempDir
    Path dir;

    @Test
    void aJpegLosesGpsCameraAndDateWithoutBeingReencoded() throws IOException {
        byte[] photo = MediaSamples.jpegWithGps(64, 48);
        assertThat(contains(photo, MediaSamples.CAMERA_MODEL)).isTrue();

        Result result = strip(MediaType.JPEG, photo);

        assertThat(result.removed()).contains(RemovedMetadata.GPS_LOCATION, RemovedMetadata.CAMERA,
                RemovedMetadata.DATE_TAKEN);
        assertThat(contains(result.bytes(), "Exif")).isFalse();
        assertThat(contains(result.bytes(), MediaSamples.CAMERA_MODEL)).isFalse();
        // Lossless: the file is the plain JPEG ImageIO wrote, byte for byte, so every pixel is unchanged.
        assertThat(result.bytes()).isEqualTo(MediaSamples.image(64, 48, "jpg"));
    }

    @Test
    void aTurnedPhotoKeepsOnlyItsOrientation() throws IOException {
        Result result = strip(MediaType.JPEG, MediaSamples.jpegTurned(64, 48));

        assertThat(result.removed()).contains(RemovedMetadata.GPS_LOCATION, RemovedMetadata.CAMERA);
        assertThat(contains(result.bytes(), MediaSamples.CAMERA_MODEL)).isFalse();
        byte[] kept = ExifContents.onlyOrientation(6);
        assertThat(contains(result.bytes(), new String(kept, StandardCharsets.ISO_8859_1))).isTrue();
        assertThat(ExifContents.orientation(kept)).isEqualTo(6);
        assertThat(ExifContents.of(kept)).containsExactly(RemovedMetadata.OTHER);
        assertThat(ImageIO.read(new ByteArrayInputStream(result.bytes())).getWidth()).isEqualTo(64);
    }

    @Test
    void aJpegWithoutMetadataComesOutUnchangedAndNothingIsReported() throws IOException {
        byte[] plain = MediaSamples.image(64, 48, "jpg");

        Result result = strip(MediaType.JPEG, plain);

        assertThat(result.removed()).isEmpty();
        assertThat(result.bytes()).isEqualTo(plain);
    }

    @Test
    void aPngLosesItsExifAndTextChunks() throws IOException {
        Result result = strip(MediaType.PNG, MediaSamples.pngWithMetadata(40, 30));

        assertThat(result.removed()).contains(RemovedMetadata.GPS_LOCATION, RemovedMetadata.CAMERA,
                RemovedMetadata.AUTHOR);
        assertThat(result.bytes()).isEqualTo(MediaSamples.image(40, 30, "png"));
        assertThat(ImageIO.read(new ByteArrayInputStream(result.bytes())).getWidth()).isEqualTo(40);
    }

    @Test
    void aWebpLosesItsExifAndXmpChunksAndFlags() throws IOException {
        byte[] webp = MediaSamples.webpWithMetadata();

        Result result = strip(MediaType.WEBP, webp);

        assertThat(result.removed()).contains(RemovedMetadata.GPS_LOCATION, RemovedMetadata.CAMERA,
                RemovedMetadata.AUTHOR);
        assertThat(contains(result.bytes(), "EXIF")).isFalse();
        assertThat(contains(result.bytes(), "XMP ")).isFalse();
        assertThat(contains(result.bytes(), MediaSamples.AUTHOR)).isFalse();
        assertThat(result.bytes()[20] & 0x0C).as("VP8X EXIF and XMP flags").isZero();
        ImageIO.scanForPlugins();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(result.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(1);
    }

    @Test
    void aPdfLosesItsAuthorCreatorProducerAndXmp() throws IOException {
        Result result = strip(MediaType.PDF, MediaSamples.pdfWithAuthor());

        assertThat(result.removed()).contains(RemovedMetadata.AUTHOR, RemovedMetadata.GPS_LOCATION,
                RemovedMetadata.OTHER);
        assertThat(contains(result.bytes(), MediaSamples.AUTHOR)).isFalse();
        try (PDDocument document = Loader.loadPDF(result.bytes())) {
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getDocumentInformation().getCreator()).isNull();
            assertThat(document.getDocumentInformation().getProducer()).isNull();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void theHeaderOfAnImageBombIsReadWithoutDecodingIt() throws IOException {
        Path bomb = Files.write(dir.resolve("bomb.png"), MediaSamples.pngBomb(60_000, 60_000));

        assertThat(Files.size(bomb)).isLessThan(200);
        assertThat(ImageSize.of(bomb)).contains(new ImageSize(60_000, 60_000));
        assertThat(new ImageSize(60_000, 60_000).pixels()).isEqualTo(3_600_000_000L);
    }

    private Result strip(MediaType type, byte[] upload) throws IOException {
        Path source = Files.write(dir.resolve("upload." + type.extension()), upload);
        Path target = dir.resolve("clean." + type.extension());
        Set<RemovedMetadata> removed = MetadataStripper.strip(type, source, target);
        return new Result(Files.readAllBytes(target), removed);
    }

    private static boolean contains(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }

    private record Result(byte[] bytes, Set<RemovedMetadata> removed) {
    }
}
