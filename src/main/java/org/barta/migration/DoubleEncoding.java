package org.barta.migration;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Text stored twice encoded: UTF-8 bytes read as Latin-1 (MySQL's {@code latin1}, which is Windows-1252) and
 * stored again as UTF-8, common in old Bangla sites ({@code à¦¬à¦¾à¦‚} for বাং). Only text that shows the signs
 * of it is touched, and there each group of characters that was one UTF-8 sequence's bytes becomes that character
 * again: anything else (right text beside it, a dash, a real Latin-1 letter) stays as it is.
 */
public final class DoubleEncoding {

    /** How Bangla (U+0980–U+09FF) and accented Latin letters look when their UTF-8 was read as Windows-1252. */
    private static final Pattern SIGN = Pattern.compile("à¦|à§|Ã[\u0080-\u00BF\u2018-\u201E\u2022\u2026\u20AC]|â€");
    /** Windows-1252's characters for bytes 0x80–0x9F, where it differs from Latin-1. */
    private static final String CP1252_HIGH = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160"
            + "\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A"
            + "\u0153\u009D\u017E\u0178";

    /** What came out: the text (repaired where possible), and whether anything was repaired or is still suspect. */
    public record Result(String text, boolean repaired, boolean suspect) {
    }

    private DoubleEncoding() {
    }

    public static Result repair(String text) {
        if (text == null || !SIGN.matcher(text).find()) {
            return new Result(text, false, false);
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean repaired = false;
        int i = 0;
        while (i < text.length()) {
            int length = sequenceLength(byteOf(text.charAt(i)));
            String read = length > 1 && i + length <= text.length() ? readAsUtf8(text.substring(i, i + length))
                    : null;
            if (read != null) {
                out.append(read);
                repaired = true;
                i += length;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        String result = out.toString();
        return new Result(result, repaired, SIGN.matcher(result).find());
    }

    /** How many bytes a UTF-8 sequence starting with this byte has; 0 if it starts none of two bytes or more. */
    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    /** The characters' bytes read as one UTF-8 sequence, strictly; null if they are not one. */
    private static String readAsUtf8(String sequence) {
        byte[] bytes = new byte[sequence.length()];
        for (int i = 0; i < sequence.length(); i++) {
            int value = byteOf(sequence.charAt(i));
            if (value < 0 || (i > 0 && (value < 0x80 || value > 0xBF))) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** The Windows-1252 byte this character came from, or -1 if it cannot have come from one. */
    private static int byteOf(char c) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            return c;
        }
        int high = CP1252_HIGH.indexOf(c);
        return high >= 0 ? 0x80 + high : -1;
    }
}
