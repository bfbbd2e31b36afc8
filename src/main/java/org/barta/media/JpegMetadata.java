package org.barta.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.barta.platform.BusinessException;

/**
 * Removes metadata from a JPEG without re-encoding it (no loss of quality): the compressed image data is
 * copied byte for byte while EXIF and XMP (APP1), IPTC (APP13), comments and every other application segment
 * are left out. Kept: JFIF (APP0), the colour profile (APP2 ICC_PROFILE) and Adobe's colour transform (APP14),
 * which decoders need, and of EXIF only the orientation of a turned photo. Anything after the end of the first image (phones append previews with their own EXIF)
 * is dropped too.
 */
final class JpegMetadata {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;
    private static final byte[] JFIF = ascii("JFIF\0");
    private static final byte[] ICC = ascii("ICC_PROFILE\0");
    private static final byte[] ADOBE = ascii("Adobe");
    private static final byte[] XMP = ascii("http://ns.adobe.com/");
    private static final byte[] EXIF = ascii("Exif\0\0");

    private JpegMetadata() {
    }

    static Set<RemovedMetadata> strip(byte[] jpeg, ByteArrayOutputStream out) {
        Set<RemovedMetadata> removed = EnumSet.noneOf(RemovedMetadata.class);
        if (jpeg.length < 4 || u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != SOI) {
            throw new BusinessException("media.unreadableImage");
        }
        out.write(jpeg, 0, 2);
        int at = 2;
        while (true) {
            if (at + 1 >= jpeg.length || u8(jpeg, at) != 0xFF) {
                throw new BusinessException("media.unreadableImage");
            }
            int marker = u8(jpeg, at + 1);
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == EOI) {
                out.write(jpeg, at, 2);
                if (at + 2 < jpeg.length) {
                    removed.add(RemovedMetadata.OTHER);
                }
                return removed;
            }
            if (at + 3 >= jpeg.length) {
                throw new BusinessException("media.unreadableImage");
            }
            int end = at + 2 + ((u8(jpeg, at + 2) << 8) | u8(jpeg, at + 3));
            if (end > jpeg.length || end < at + 4) {
                throw new BusinessException("media.unreadableImage");
            }
            if (keeps(jpeg, marker, at + 4)) {
                out.write(jpeg, at, end - at);
            } else {
                removed.addAll(describe(jpeg, marker, at + 4, end));
                keepOrientation(jpeg, marker, at + 4, end, out);
            }
            at = marker == SOS ? copyScan(jpeg, end, out) : end;
        }
    }

    private static boolean keeps(byte[] jpeg, int marker, int payload) {
        if (marker == APP0) {
            return startsAt(jpeg, payload, JFIF);
        }
        if (marker == APP2) {
            return startsAt(jpeg, payload, ICC);
        }
        if (marker == APP14) {
            return startsAt(jpeg, payload, ADOBE);
        }
        return !(marker >= APP0 && marker <= APP15) && marker != COM;
    }

    private static Set<RemovedMetadata> describe(byte[] jpeg, int marker, int payload, int end) {
        if (marker == APP1) {
            byte[] block = Arrays.copyOfRange(jpeg, payload, end);
            if (startsAt(jpeg, payload, EXIF)) {
                return ExifContents.of(block);
            }
            return startsAt(jpeg, payload, XMP) ? ExifContents.ofXmp(new String(block, StandardCharsets.UTF_8))
                    : EnumSet.of(RemovedMetadata.OTHER);
        }
        return EnumSet.of(RemovedMetadata.OTHER);
    }

    /** A photo taken with the camera turned is stored upright plus a tag saying so: that tag alone is kept. */
    private static void keepOrientation(byte[] jpeg, int marker, int payload, int end, ByteArrayOutputStream out) {
        if (marker != APP1 || !startsAt(jpeg, payload, EXIF)) {
            return;
        }
        int orientation = ExifContents.orientation(Arrays.copyOfRange(jpeg, payload, end));
        if (orientation != 1) {
            byte[] exif = ExifContents.onlyOrientation(orientation);
            out.write(0xFF);
            out.write(APP1);
            out.write((exif.length + 2) >> 8);
            out.write((exif.length + 2) & 0xFF);
            out.write(exif, 0, exif.length);
        }
    }

    /** Copies entropy-coded data up to the next marker that is neither a stuffed 0xFF nor a restart marker. */
    private static int copyScan(byte[] jpeg, int from, ByteArrayOutputStream out) {
        int at = from;
        while (at + 1 < jpeg.length) {
            if (u8(jpeg, at) == 0xFF) {
                int next = u8(jpeg, at + 1);
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7)) {
                    break;
                }
            }
            at++;
        }
        out.write(jpeg, from, at - from);
        return at;
    }

    private static boolean startsAt(byte[] data, int offset, byte[] prefix) {
        if (offset + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u8(byte[] data, int offset) {
        return data[offset] & 0xFF;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
