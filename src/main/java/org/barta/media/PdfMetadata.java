package org.barta.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.barta.platform.BusinessException;

/**
 * Rewrites a PDF without its document information (author, creator, producer, dates) and without XMP
 * metadata of the document or its pages. The whole file is written anew, so earlier revisions that an
 * incremental save left inside it are gone too.
 */
final class PdfMetadata {

    private static final int MAX_XMP = 1 << 20;

    private PdfMetadata() {
    }

    static Set<RemovedMetadata> strip(Path source, Path target) throws IOException {
        Set<RemovedMetadata> removed = EnumSet.noneOf(RemovedMetadata.class);
        PDDocument loaded;
        try {
            loaded = Loader.loadPDF(source.toFile(), IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException locked) {
            throw new BusinessException("media.lockedPdf");
        } catch (IOException damaged) {
            throw new BusinessException("media.unreadablePdf");
        }
        try (PDDocument document = loaded) {
            removed.addAll(information(document.getDocumentInformation()));
            document.getDocument().getTrailer().removeItem(COSName.INFO);
            removed.addAll(xmp(document.getDocumentCatalog().getMetadata()));
            document.getDocumentCatalog().setMetadata(null);
            for (PDPage page : document.getPages()) {
                removed.addAll(xmp(page.getMetadata()));
                page.setMetadata(null);
            }
            if (document.isEncrypted()) {
                document.setAllSecurityToBeRemoved(true);
            }
            document.save(target.toFile());
        }
        return removed;
    }

    private static Set<RemovedMetadata> information(PDDocumentInformation info) {
        Set<RemovedMetadata> found = EnumSet.noneOf(RemovedMetadata.class);
        if (info.getAuthor() != null) {
            found.add(RemovedMetadata.AUTHOR);
        }
        if (info.getCOSObject().keySet().stream().anyMatch(key -> !key.equals(COSName.AUTHOR))) {
            found.add(RemovedMetadata.OTHER);
        }
        return found;
    }

    private static Set<RemovedMetadata> xmp(PDMetadata metadata) throws IOException {
        if (metadata == null) {
            return Set.of();
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            return ExifContents.ofXmp(new String(in.readNBytes(MAX_XMP), StandardCharsets.UTF_8));
        }
    }
}
