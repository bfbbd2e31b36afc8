package org.barta.accounts.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesOfAtLeast112RandomBits() {
        List<String> codes = RecoveryCodes.generate();

        assertThat(codes).hasSize(10);
        assertThat(new HashSet<>(codes)).hasSize(10);
        assertThat(RecoveryCodes.BYTES * 8).isGreaterThanOrEqualTo(112);
        assertThat(codes).allSatisfy(code -> assertThat(code).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){5}"));
    }

    @Test
    void theHashIgnoresCaseSpacesAndHyphensButNothingElse() {
        String code = RecoveryCodes.generate().get(0);
        String hash = RecoveryCodes.hash(code);

        assertThat(hash).hasSize(64).doesNotContain(code);
        assertThat(RecoveryCodes.hash(" " + code.toLowerCase(Locale.ROOT).replace("-", " ") + " ")).isEqualTo(hash);
        assertThat(RecoveryCodes.hash(RecoveryCodes.generate().get(0))).isNotEqualTo(hash);
    }

    @Test
    void recoveryCodesAreToldApartFromAppCodes() {
        assertThat(RecoveryCodes.looksLikeOne(RecoveryCodes.generate().get(0))).isTrue();
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne(null)).isFalse();
    }
}
