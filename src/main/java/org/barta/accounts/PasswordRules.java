package org.barta.accounts;

import java.util.Arrays;
import org.barta.platform.BusinessException;

/** The one rule set for a new password, wherever it is chosen (setup, invitation, change, reset, recovery). */
public final class PasswordRules {

    private PasswordRules() {
    }

    public static void check(char[] password) {
        if (password == null || password.length < PasswordHashing.MIN_PASSWORD_LENGTH) {
            throw new BusinessException("account.password.tooShort", PasswordHashing.MIN_PASSWORD_LENGTH);
        }
    }

    /** A password typed twice: both alike, then the rules. */
    public static void check(char[] password, char[] again) {
        if (password == null || !Arrays.equals(password, again)) {
            throw new BusinessException("account.password.mismatch");
        }
        check(password);
    }
}
