package org.barta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class PageCacheEntryTest {

    private final PageCache.Entry entry =
            PageCache.uncached("<p>A statement</p>".getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8");

    @Test
    void lastModifiedIsAnHttpDateWithTwoDigitDays() {
        assertThat(entry.lastModifiedHeader()).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        assertThat(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(entry.lastModifiedHeader())))
                .isEqualTo(entry.lastModified());
    }

    @Test
    void theSameTagInAnyFormIsNotModified() {
        assertThat(entry.notModified(entry.etag(), null)).isTrue();
        assertThat(entry.notModified("W/" + entry.etag(), null)).isTrue();
        assertThat(entry.notModified("\"other\", " + entry.etag(), null)).isTrue();
        assertThat(entry.notModified("*", null)).isTrue();
        assertThat(entry.notModified("\"other\"", null)).isFalse();
    }

    @Test
    void aTagThatDiffersWinsOverADateThatMatches() {
        assertThat(entry.notModified("\"other\"", entry.lastModifiedHeader())).isFalse();
    }

    @Test
    void aDateAtOrAfterTheChangeIsNotModified() {
        assertThat(entry.notModified(null, entry.lastModifiedHeader())).isTrue();
        assertThat(entry.notModified(null, http(entry.lastModified().plusSeconds(3600)))).isTrue();
        assertThat(entry.notModified(null, http(entry.lastModified().minusSeconds(1)))).isFalse();
    }

    @Test
    void noValidatorOrAMalformedDateIsAFullResponse() {
        assertThat(entry.notModified(null, null)).isFalse();
        assertThat(entry.notModified(null, "yesterday")).isFalse();
        assertThat(entry.notModified(null, "")).isFalse();
    }

    private static String http(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
