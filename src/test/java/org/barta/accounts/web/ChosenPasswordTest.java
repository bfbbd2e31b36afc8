package org.barta.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.barta.accounts.PasswordRules;
import org.barta.platform.BusinessException;
import org.junit.jupiter.api.Test;

class ChosenPasswordTest {

    private static ChosenPassword typed(String password, String again) {
        ChosenPassword chosen = new ChosenPassword();
        chosen.setPassword(password);
        chosen.setAgain(again);
        return chosen;
    }

    @Test
    void bothTypingsReachTheUseAndAreWipedAfterwards() {
        List<char[]> seen = new ArrayList<>();
        typed("twelve chars", "twelve chars").use((password, again) -> {
            assertThat(password).containsExactly("twelve chars".toCharArray());
            assertThat(again).containsExactly("twelve chars".toCharArray());
            PasswordRules.check(password, again);
            seen.add(password);
            seen.add(again);
        });
        assertThat(seen).hasSize(2).allSatisfy(wiped -> assertThat(new String(wiped)).isEqualTo("\0".repeat(12)));
    }

    @Test
    void aMismatchIsTheRulesRefusalAndTheTypingsAreWipedAllTheSame() {
        List<char[]> seen = new ArrayList<>();
        assertThatThrownBy(() -> typed("twelve chars", "twelve charz").use((password, again) -> {
            seen.add(password);
            seen.add(again);
            PasswordRules.check(password, again);
        })).isInstanceOf(BusinessException.class).hasMessageStartingWith("account.password.mismatch");
        assertThat(seen).hasSize(2).allSatisfy(wiped -> assertThat(new String(wiped)).isEqualTo("\0".repeat(12)));
    }

    @Test
    void nothingTypedReachesTheUseAsNothing() {
        assertThatCode(() -> new ChosenPassword().use((password, again) -> {
            assertThat(password).isNull();
            assertThat(again).isNull();
        })).doesNotThrowAnyException();
    }
}
