package org.barta.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.barta.platform.BusinessException;

/**
 * Removes the EXIF and XMP chunks from a WebP file (a RIFF container) and clears their flags in the VP8X
 * header; the image chunks are copied unchanged.
 */
final class WebpMetadata {

    private static final int HEADER_LENGTH = 12;
    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;

    private WebpMetadata() {
    }

    static Set<RemovedMetadata> strip(byte[] webp, ByteArrayOutputStream out) {
        Set<RemovedMetadata> removed = EnumSet.noneOf(RemovedMetadata.class);
        ByteBuffer in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        if (webp.length < HEADER_LENGTH) {
            throw new BusinessException("media.unreadableImage");
        }
        int riffEnd = (int) Math.min(webp.length, 8L + Integer.toUnsignedLong(in.getInt(4)));
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        int at = HEADER_LENGTH;
        while (at + 8 <= riffEnd) {
            String type = new String(webp, at, 4, StandardCharsets.ISO_8859_1);
            long size = Integer.toUnsignedLong(in.getInt(at + 4));
            long end = at + 8 + size + (size & 1);
            if (at + 8 + size > riffEnd) {
                throw new BusinessException("media.unreadableImage");
            }
            int payload = at + 8;
            int next = (int) Math.min(end, riffEnd);
            if (type.equals("EXIF")) {
                removed.addAll(ExifContents.of(Arrays.copyOfRange(webp, payload, payload + (int) size)));
            } else if (type.equals("XMP ")) {
                removed.addAll(ExifContents.ofXmp(new String(webp, payload, (int) size, StandardCharsets.UTF_8)));
            } else {
                byte[] chunk = Arrays.copyOfRange(webp, at, next);
                if (type.equals("VP8X") && size > 0) {
                    chunk[8] &= (byte) ~(EXIF_FLAG | XMP_FLAG);
                }
                chunks.write(chunk, 0, chunk.length);
            }
            at = next;
        }
        if (riffEnd < webp.length) {
            removed.add(RemovedMetadata.OTHER);
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        header.put(webp, 0, 4).putInt(4 + chunks.size()).put(webp, 8, 4);
        out.write(header.array(), 0, HEADER_LENGTH);
        out.write(chunks.toByteArray(), 0, chunks.size());
        return removed;
    }
}
