package org.barta.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sixteen days of activism: end violence now! | sixteen-days-of-activism-end-violence-now",
            "  Protect   journalists -- today  | protect-journalists-today",
            "ASK's 2026 report (UPR) | asks-2026-report-upr",
            "নারী ও শিশু নির্যাতন প্রতিরোধ | নারী-ও-শিশু-নির্যাতন-প্রতিরোধ",
            "হেফাজতে মৃত্যুর স্বাধীন তদন্ত চাই। | হেফাজতে-মৃত্যুর-স্বাধীন-তদন্ত-চাই",
            "মানবাধিকার: ২০২৬ সালের প্রতিবেদন | মানবাধিকার-২০২৬-সালের-প্রতিবেদন",
            "Café Déjà Vu | café-déjà-vu"
    })
    void slugsKeepLettersOfEveryScript(String title, String expected) {
        assertThat(Slugs.slugify(title)).isEqualTo(expected);
    }

    @Test
    void banglaConjunctsAndVowelSignsSurvive() {
        String slug = Slugs.slugify("ক্ষমতা ও জ্ঞান");
        assertThat(slug).isEqualTo("ক্ষমতা-ও-জ্ঞান");
        assertThat(slug).contains("\u09CD");
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String title = "word ".repeat(60);
        String slug = Slugs.slugify(title);
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-").endsWith("word");
    }

    @Test
    void aLongBanglaWordIsNeverCutAfterAVirama() {
        String slug = Slugs.slugify("ক্ষ".repeat(100));
        assertThat(slug).doesNotEndWith("\u09CD");
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
    }

    @Test
    void nothingUsableGivesAnEmptySlug() {
        assertThat(Slugs.slugify("!!! ??? ...")).isEmpty();
        assertThat(Slugs.slugify(null)).isEmpty();
    }

    @Test
    void numberedAlternativesAndValidity() {
        assertThat(Slugs.numbered("press-statement", 2)).isEqualTo("press-statement-2");
        assertThat(Slugs.isValid("press-statement")).isTrue();
        assertThat(Slugs.isValid("শিশু-অধিকার")).isTrue();
        assertThat(Slugs.isValid("Press Statement")).isFalse();
        assertThat(Slugs.isValid("../etc/passwd")).isFalse();
        assertThat(Slugs.isValid("")).isFalse();
    }
}
