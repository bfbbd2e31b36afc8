package org.barta.accounts.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.barta.accounts.twofactor.Totp.Verdict.Outcome;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 key. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-12-02T05:00:10Z");

    @Test
    void codesMatchTheRfcTestVectorsInSixDigits() {
        // RFC 6238 gives 8 digits (94287082 at 59 s, 07081804 at 1111111109 s); authenticator apps show the last 6.
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void codesAreAsciiDigitsEvenUnderABanglaDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("bn-BD-u-nu-beng"));
            assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theCurrentStepAndOneEitherSideAreAcceptedButNotTwo() {
        long now = Totp.step(NOW);
        for (long offset = -1; offset <= 1; offset++) {
            Totp.Verdict verdict = Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now + offset), NOW, -1);
            assertThat(verdict.outcome()).as("offset " + offset).isEqualTo(Outcome.ACCEPTED);
            assertThat(verdict.step()).isEqualTo(now + offset);
        }
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now - 2), NOW, -1).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now + 2), NOW, -1).outcome()).isEqualTo(Outcome.WRONG);
    }

    @Test
    void aCodeForAStepAlreadyUsedIsAReplayEvenInsideTheWindow() {
        long now = Totp.step(NOW);
        String code = Totp.code(RFC_SECRET, now);

        assertThat(Totp.verify(RFC_SECRET, code, NOW, now).outcome()).isEqualTo(Outcome.REUSED);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now - 1), NOW, now).outcome())
                .as("an older step after a newer one was used").isEqualTo(Outcome.REUSED);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now + 1), NOW, now).outcome())
                .as("the next step is still fresh").isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void garbageIsWrongNotAnError() {
        assertThat(Totp.verify(RFC_SECRET, null, NOW, -1).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(Totp.verify(RFC_SECRET, "12345", NOW, -1).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(Totp.verify(RFC_SECRET, "abcdef", NOW, -1).outcome()).isEqualTo(Outcome.WRONG);
    }

    @Test
    void spacesInATypedCodeAreIgnored() {
        String code = Totp.code(RFC_SECRET, Totp.step(NOW));
        assertThat(Totp.verify(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), NOW, -1).outcome())
                .isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void theEnrolmentUriCarriesTheBase32SecretAndAppsComputeTheSameCodes() throws Exception {
        byte[] secret = Totp.newSecret();
        String uri = Totp.uri("Barta", "rahim", secret);

        assertThat(secret).hasSize(20);
        assertThat(uri).startsWith("otpauth://totp/Barta:rahim?secret=" + Totp.base32(secret))
                .contains("issuer=Barta", "algorithm=SHA1", "digits=6", "period=30");
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        String app = new TimeBasedOneTimePasswordGenerator()
                .generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), NOW, Locale.ROOT);
        assertThat(Totp.verify(secret, app, NOW, -1).outcome()).isEqualTo(Outcome.ACCEPTED);
    }
}
