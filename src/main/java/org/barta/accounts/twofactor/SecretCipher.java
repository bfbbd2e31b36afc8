package org.barta.accounts.twofactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.barta.platform.AppSecrets;

/**
 * Encrypts TOTP secrets (ASVS 2.8.2) with AES-256-GCM under a key of its own from {@link AppSecrets}. The account
 * id is bound in as associated data, so a ciphertext copied onto another account's row does not decrypt.
 */
@ApplicationScoped
public class SecretCipher {

    private static final String KEY_NAME = "totp-secret";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    AppSecrets secrets;

    private final SecureRandom random = new SecureRandom();

    byte[] encrypt(long accountId, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, accountId, nonce, secret);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    byte[] decrypt(long accountId, byte[] stored) {
        return run(Cipher.DECRYPT_MODE, accountId, Arrays.copyOf(stored, NONCE_BYTES),
                Arrays.copyOfRange(stored, NONCE_BYTES, stored.length));
    }

    private byte[] run(int mode, long accountId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(secrets.key(KEY_NAME), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(accountId).array());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TOTP secret could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "encrypted" : "decrypted"), e);
        }
    }
}
