package org.barta.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.barta.platform.BusinessException;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void aPasswordTypedTwiceMustMatchAndBeLongEnough() {
        assertThatCode(() -> PasswordRules.check("twelve chars".toCharArray(), "twelve chars".toCharArray()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordRules.check("twelve chars".toCharArray(), "twelve charz".toCharArray()))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("account.password.mismatch");
        assertThatThrownBy(() -> PasswordRules.check("eleven char".toCharArray(), "eleven char".toCharArray()))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("account.password.tooShort");
        assertThatThrownBy(() -> PasswordRules.check(null, null))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("account.password.mismatch");
    }
}
