package org.barta.accounts.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.barta.platform.AppSecrets;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private final SecretCipher cipher = new SecretCipher();

    SecretCipherTest() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        cipher.secrets = new AppSecrets() {
            @Override
            public byte[] key(String name) {
                return key.clone();
            }
        };
    }

    @Test
    void aSecretComesBackOnlyForItsOwnAccount() {
        byte[] secret = Totp.newSecret();
        byte[] stored = cipher.encrypt(42, secret);

        assertThat(stored).hasSize(12 + secret.length + 16);
        assertThat(cipher.decrypt(42, stored)).isEqualTo(secret);
        assertThatThrownBy(() -> cipher.decrypt(43, stored)).as("moved to another account")
                .isInstanceOf(IllegalStateException.class);
        assertThat(cipher.encrypt(42, secret)).as("a fresh nonce every time").isNotEqualTo(stored);
    }
}
