package org.barta.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimeTokenTest {

    @Test
    void aTokenCarries256RandomBitsAndOnlyItsHashIsKept() {
        OneTimeToken.Issued token = OneTimeToken.issue();

        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(token.hash()).matches("[0-9a-f]{64}").isNotEqualTo(token.value())
                .isEqualTo(OneTimeToken.hash(token.value()));
    }

    @Test
    void everyTokenIsNew() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(OneTimeToken.issue().value())).isTrue();
        }
    }

    @Test
    void theHashIsSha256OfTheLinkText() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(OneTimeToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(OneTimeToken.hash(" abc\n")).as("a link copied with spaces around it").isEqualTo(OneTimeToken.hash("abc"));
    }

    @Test
    void anyPresentedTextHashesToSomethingNoTokenHas() {
        String issued = OneTimeToken.issue().hash();

        assertThat(OneTimeToken.hash(null)).matches("[0-9a-f]{64}").isNotEqualTo(issued);
        assertThat(OneTimeToken.hash("")).isEqualTo(OneTimeToken.hash(null));
        assertThat(OneTimeToken.hash("x".repeat(100_000))).matches("[0-9a-f]{64}");
    }

    @Test
    void aTokenWorksUntilJustBeforeItsExpiry() {
        Instant issued = Instant.parse("2026-12-02T10:00:00Z");
        Instant expires = OneTimeToken.expiry(issued, Duration.ofMinutes(30));

        assertThat(expires).isEqualTo(Instant.parse("2026-12-02T10:30:00Z"));
        assertThat(OneTimeToken.unexpired(expires, issued)).isTrue();
        assertThat(OneTimeToken.unexpired(expires, expires.minusMillis(1))).isTrue();
        assertThat(OneTimeToken.unexpired(expires, expires)).isFalse();
        assertThat(OneTimeToken.unexpired(expires, expires.plusSeconds(1))).isFalse();
        assertThat(OneTimeToken.unexpired(OneTimeToken.expiry(issued, Duration.ofHours(72)),
                issued.plus(Duration.ofHours(71)))).isTrue();
    }
}
