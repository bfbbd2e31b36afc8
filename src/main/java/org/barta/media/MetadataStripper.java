package org.barta.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes a copy of an upload without location, camera, date and author metadata, and says what it removed.
 * Images are rewritten without decoding (no loss of quality); PDFs are rewritten by PDFBox. Images are held in
 * memory while rewritten, which the upload size limit bounds.
 */
final class MetadataStripper {

    private MetadataStripper() {
    }

    static Set<RemovedMetadata> strip(MediaType type, Path source, Path target) throws IOException {
        if (type == MediaType.PDF) {
            return PdfMetadata.strip(source, target);
        }
        byte[] original = Files.readAllBytes(source);
        ByteArrayOutputStream clean = new ByteArrayOutputStream(original.length);
        Set<RemovedMetadata> removed = switch (type) {
            case JPEG -> JpegMetadata.strip(original, clean);
            case PNG -> PngMetadata.strip(original, clean);
            case WEBP -> WebpMetadata.strip(original, clean);
            case PDF -> throw new IllegalArgumentException("PDFs are rewritten above");
        };
        Files.write(target, clean.toByteArray());
        return removed;
    }
}
