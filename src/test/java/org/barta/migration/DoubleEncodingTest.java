package org.barta.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DoubleEncodingTest {

    /** What MySQL's latin1 makes of UTF-8: Windows-1252, with its five unused bytes kept as C1 controls. */
    private static String storedAsLatin1(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int value = b & 0xFF;
            String decoded = new String(new byte[] {b}, java.nio.charset.Charset.forName("windows-1252"));
            out.append(value >= 0x80 && value < 0xA0 && decoded.equals("\uFFFD") ? (char) value : decoded.charAt(0));
        }
        return out.toString();
    }

    @Test
    void banglaReadAsLatin1IsRepaired() {
        String bangla = "মানবাধিকার পরিস্থিতি ২০১৬: গুম ও বিচারবহির্ভূত হত্যা";
        DoubleEncoding.Result result = DoubleEncoding.repair("<p>" + storedAsLatin1(bangla) + "</p>");
        assertThat(result.text()).isEqualTo("<p>" + bangla + "</p>");
        assertThat(result.repaired()).isTrue();
        assertThat(result.suspect()).isFalse();
    }

    @Test
    void textStoredRightIsLeftAlone() {
        for (String text : new String[] {"মানবাধিকার", "Déclaration à Genève", "plain English", ""}) {
            DoubleEncoding.Result result = DoubleEncoding.repair(text);
            assertThat(result.text()).isEqualTo(text);
            assertThat(result.repaired()).isFalse();
            assertThat(result.suspect()).isFalse();
        }
    }

    @Test
    void aRunThatDoesNotReadAsUtf8IsKeptAndFlagged() {
        // The sign of double encoding, next to a real Latin-1 letter that no UTF-8 sequence can continue.
        String broken = "à¦ mixed with é";
        DoubleEncoding.Result result = DoubleEncoding.repair(broken);
        assertThat(result.text()).isEqualTo(broken);
        assertThat(result.repaired()).isFalse();
        assertThat(result.suspect()).isTrue();
    }

    @Test
    void repairedBanglaNextToRightBanglaKeepsBoth() {
        String mixed = "গুম — " + storedAsLatin1("বিচারবহির্ভূত হত্যা");
        assertThat(DoubleEncoding.repair(mixed).text()).isEqualTo("গুম — বিচারবহির্ভূত হত্যা");
    }
}
