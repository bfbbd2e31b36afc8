package org.barta.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Tells what an EXIF block (a TIFF structure) holds, so the editor learns what was removed: location, camera,
 * date taken, author. Reads tag numbers only; a damaged block still counts as removed metadata.
 */
final class ExifContents {

    private static final int ORIENTATION = 0x0112;
    private static final int SHORT = 3;
    private static final int GPS_IFD = 0x8825;
    private static final int EXIF_IFD = 0x8769;
    private static final Map<Integer, RemovedMetadata> TAGS = Map.ofEntries(
            Map.entry(0x010F, RemovedMetadata.CAMERA), Map.entry(0x0110, RemovedMetadata.CAMERA),
            Map.entry(0x927C, RemovedMetadata.CAMERA), Map.entry(0xA431, RemovedMetadata.CAMERA),
            Map.entry(0xA433, RemovedMetadata.CAMERA), Map.entry(0xA434, RemovedMetadata.CAMERA),
            Map.entry(0x0132, RemovedMetadata.DATE_TAKEN), Map.entry(0x9003, RemovedMetadata.DATE_TAKEN),
            Map.entry(0x9004, RemovedMetadata.DATE_TAKEN),
            Map.entry(0x013B, RemovedMetadata.AUTHOR), Map.entry(0x8298, RemovedMetadata.AUTHOR),
            Map.entry(0xA430, RemovedMetadata.AUTHOR),
            Map.entry(GPS_IFD, RemovedMetadata.GPS_LOCATION));
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    private ExifContents() {
    }

    /** The kinds of metadata in a TIFF block, with or without the "Exif\0\0" prefix JPEG and WebP use. */
    static Set<RemovedMetadata> of(byte[] block) {
        Set<RemovedMetadata> found = EnumSet.noneOf(RemovedMetadata.class);
        int start = startsWith(block, EXIF_HEADER) ? EXIF_HEADER.length : 0;
        try {
            ByteBuffer tiff = ByteBuffer.wrap(block, start, block.length - start).slice();
            tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            readDirectory(tiff, tiff.getInt(4), found, true);
        } catch (RuntimeException damaged) {
            found.add(RemovedMetadata.OTHER);
        }
        if (found.isEmpty()) {
            found.add(RemovedMetadata.OTHER);
        }
        return found;
    }

    /** The orientation tag of IFD0 (1 to 8), 1 (upright) when absent or unreadable. */
    static int orientation(byte[] block) {
        int start = startsWith(block, EXIF_HEADER) ? EXIF_HEADER.length : 0;
        try {
            ByteBuffer tiff = ByteBuffer.wrap(block, start, block.length - start).slice();
            tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            int directory = tiff.getInt(4);
            int entries = Short.toUnsignedInt(tiff.getShort(directory));
            for (int i = 0; i < entries; i++) {
                int entry = directory + 2 + 12 * i;
                if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION) {
                    int value = Short.toUnsignedInt(tiff.getShort(entry + 8));
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
        } catch (RuntimeException damaged) {
            return 1;
        }
        return 1;
    }

    /** An EXIF block that holds nothing but the orientation, so a turned photo still shows upright. */
    static byte[] onlyOrientation(int orientation) {
        ByteBuffer block = ByteBuffer.allocate(EXIF_HEADER.length + 26).order(ByteOrder.BIG_ENDIAN);
        block.put(EXIF_HEADER).put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        block.putShort((short) 1).putShort((short) ORIENTATION).putShort((short) SHORT).putInt(1)
                .putShort((short) orientation).putShort((short) 0).putInt(0);
        return block.array();
    }

    /** XMP is text: the usual property names tell what it carries. */
    static Set<RemovedMetadata> ofXmp(String xmp) {
        Set<RemovedMetadata> found = EnumSet.of(RemovedMetadata.OTHER);
        if (xmp.contains("exif:GPS")) {
            found.add(RemovedMetadata.GPS_LOCATION);
        }
        if (xmp.contains("tiff:Make") || xmp.contains("tiff:Model") || xmp.contains("aux:SerialNumber")) {
            found.add(RemovedMetadata.CAMERA);
        }
        if (xmp.contains("exif:DateTimeOriginal") || xmp.contains("photoshop:DateCreated") || xmp.contains("xmp:CreateDate")) {
            found.add(RemovedMetadata.DATE_TAKEN);
        }
        if (xmp.contains("dc:creator") || xmp.contains("dc:rights")) {
            found.add(RemovedMetadata.AUTHOR);
        }
        return found;
    }

    private static void readDirectory(ByteBuffer tiff, int offset, Set<RemovedMetadata> found, boolean followExif) {
        int entries = Short.toUnsignedInt(tiff.getShort(offset));
        for (int i = 0; i < entries; i++) {
            int entry = offset + 2 + 12 * i;
            int tag = Short.toUnsignedInt(tiff.getShort(entry));
            if (tag == EXIF_IFD && followExif) {
                readDirectory(tiff, tiff.getInt(entry + 8), found, false);
            } else {
                found.add(TAGS.getOrDefault(tag, RemovedMetadata.OTHER));
            }
        }
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
