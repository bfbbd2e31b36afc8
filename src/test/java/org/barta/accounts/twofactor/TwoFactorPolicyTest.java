package org.barta.accounts.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import org.barta.accounts.Role;
import org.junit.jupiter.api.Test;

class TwoFactorPolicyTest {

    @Test
    void administratorsAndEditorsByDefaultAuthorsOptional() {
        assertThat(TwoFactorPolicy.parse(TwoFactorPolicy.DEFAULT)).containsExactlyInAnyOrder(Role.ADMIN, Role.EDITOR);
    }

    @Test
    void noneMakesItOptionalForAllAndRolesAreReadLoosely() {
        assertThat(TwoFactorPolicy.parse("none")).isEmpty();
        assertThat(TwoFactorPolicy.parse(" admin , author ")).containsExactlyInAnyOrder(Role.ADMIN, Role.AUTHOR);
    }
}
