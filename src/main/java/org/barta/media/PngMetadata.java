package org.barta.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.barta.platform.BusinessException;

/**
 * Removes metadata chunks from a PNG without touching the image data: EXIF (eXIf), text notes and XMP
 * (tEXt, zTXt, iTXt) and the modification time (tIME). Every other chunk is copied with its CRC unchanged.
 */
final class PngMetadata {

    private static final int SIGNATURE_LENGTH = 8;
    private static final Set<String> METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");
    private static final int MAX_TEXT = 1 << 20;

    private PngMetadata() {
    }

    static Set<RemovedMetadata> strip(byte[] png, ByteArrayOutputStream out) {
        Set<RemovedMetadata> removed = EnumSet.noneOf(RemovedMetadata.class);
        out.write(png, 0, SIGNATURE_LENGTH);
        ByteBuffer in = ByteBuffer.wrap(png);
        int at = SIGNATURE_LENGTH;
        while (at + 12 <= png.length) {
            int length = in.getInt(at);
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            int end = at + 12 + length;
            if (length < 0 || end > png.length) {
                throw new BusinessException("media.unreadableImage");
            }
            if (METADATA.contains(type)) {
                removed.addAll(describe(type, png, at + 8, at + 8 + length));
            } else {
                out.write(png, at, end - at);
            }
            at = end;
            if (type.equals("IEND")) {
                break;
            }
        }
        if (at < png.length) {
            removed.add(RemovedMetadata.OTHER);
        }
        return removed;
    }

    private static Set<RemovedMetadata> describe(String type, byte[] png, int from, int to) {
        byte[] data = Arrays.copyOfRange(png, from, to);
        return switch (type) {
            case "eXIf" -> ExifContents.of(data);
            case "tIME" -> EnumSet.of(RemovedMetadata.OTHER);
            default -> ofText(type, data);
        };
    }

    /** Text chunks: a keyword, a separator, then the (perhaps compressed) text. */
    private static Set<RemovedMetadata> ofText(String type, byte[] data) {
        int zero = indexOfZero(data, 0);
        String keyword = new String(data, 0, Math.max(zero, 0), StandardCharsets.ISO_8859_1);
        String text = zero < 0 ? "" : text(type, data, zero + 1);
        if (keyword.equals("XML:com.adobe.xmp")) {
            return ExifContents.ofXmp(text);
        }
        Set<RemovedMetadata> found = EnumSet.of(RemovedMetadata.OTHER);
        if (keyword.equals("Author") || keyword.equals("Copyright")) {
            found.add(RemovedMetadata.AUTHOR);
        } else if (keyword.equals("Creation Time")) {
            found.add(RemovedMetadata.DATE_TAKEN);
        }
        return found;
    }

    private static String text(String type, byte[] data, int from) {
        if (type.equals("tEXt")) {
            return new String(data, from, data.length - from, StandardCharsets.ISO_8859_1);
        }
        if (type.equals("zTXt")) {
            return inflate(data, from + 1);
        }
        // iTXt: compression flag, method, language tag, translated keyword, then the text.
        if (from + 2 > data.length) {
            return "";
        }
        boolean compressed = data[from] != 0;
        int language = indexOfZero(data, from + 2);
        int translated = language < 0 ? -1 : indexOfZero(data, language + 1);
        if (translated < 0) {
            return "";
        }
        return compressed ? inflate(data, translated + 1)
                : new String(data, translated + 1, data.length - translated - 1, StandardCharsets.UTF_8);
    }

    /** Bounded, so a compressed text chunk cannot blow up memory. */
    private static String inflate(byte[] data, int from) {
        if (from > data.length) {
            return "";
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, from, data.length - from);
            byte[] text = new byte[MAX_TEXT];
            int n = inflater.inflate(text);
            return new String(text, 0, n, StandardCharsets.UTF_8);
        } catch (DataFormatException damaged) {
            return "";
        } finally {
            inflater.end();
        }
    }

    private static int indexOfZero(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
