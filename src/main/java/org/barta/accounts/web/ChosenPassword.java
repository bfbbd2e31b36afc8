package org.barta.accounts.web;

import java.util.Arrays;

/**
 * A new password typed twice, as the invitation, password-change and reset pages ask for it. The service gets both
 * typings, so the one rule set ({@code PasswordRules}) decides on a mismatch; the copies it got are wiped afterwards.
 */
public class ChosenPassword {

    /** What a page does with the two typings; a {@code BusinessException} is its refusal. */
    @FunctionalInterface
    public interface Use {
        void with(char[] password, char[] again);
    }

    private String password;
    private String again;

    /** Hands both typings to {@code use} and wipes them afterwards, whether {@code use} succeeded or refused. */
    public void use(Use use) {
        char[] typed = chars(password);
        char[] typedAgain = chars(again);
        try {
            use.with(typed, typedAgain);
        } finally {
            wipe(typed);
            wipe(typedAgain);
        }
    }

    private static char[] chars(String value) {
        return value == null ? null : value.toCharArray();
    }

    private static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getAgain() {
        return again;
    }

    public void setAgain(String again) {
        this.again = again;
    }
}
