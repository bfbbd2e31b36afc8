package org.barta.accounts.webauthn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionAuthenticatorOutput;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.barta.accounts.Account;
import org.barta.accounts.AccountRepository;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.accounts.Role;
import org.barta.accounts.webauthn.Challenge.Purpose;
import org.barta.accounts.webauthn.SecurityKeyService.Verdict;
import org.barta.platform.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * The checks webauthn4j makes for {@link SecurityKeyService}, against a software authenticator written here (an ES256
 * key, "none" attestation): a key made or used for a look-alike site's origin, a signature over another challenge,
 * another account's key and a counter that went back are all refused.
 */
class SecurityKeyServiceTest {

    private static final String ORIGIN = "https://news.example.org";
    private static final Actor EDITOR = new Actor(7L, "amina", Role.EDITOR, "192.0.2.1");
    private static final Actor OTHER = new Actor(8L, "karim", Role.EDITOR, "192.0.2.2");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final ObjectConverter converter = new ObjectConverter();
    private final MemoryKeys store = new MemoryKeys();
    private final List<String> audited = new ArrayList<>();
    private final SecurityKeyService service = new SecurityKeyService();
    private final Challenges challenges = new Challenges();

    SecurityKeyServiceTest() {
        service.store = store;
        service.relyingParty = new RelyingParty();
        service.relyingParty.baseUrl = ORIGIN + "/";
        service.audit = new AuditLog() {
            @Override
            public void record(Actor actor, String action, String targetType, Long targetId, String detail) {
                audited.add(action + " " + detail);
            }
        };
        // The owner's notice needs the account's address, which these accounts have not: none is sent.
        service.accounts = new AccountRepository() {
            @Override
            public Optional<Account> find(Long id) {
                return Optional.empty();
            }
        };
    }

    @Test
    void aKeyMadeForThisSiteIsKeptAndSignsIn() throws Exception {
        SoftKey key = new SoftKey();
        register(EDITOR, key, ORIGIN, "YubiKey blue");

        assertThat(service.keys(EDITOR)).singleElement().satisfies(row -> assertThat(row.name()).isEqualTo("YubiKey blue"));
        assertThat(service.hasKeys(EDITOR.accountId())).isTrue();
        assertThat(audited).containsExactly("account.2fa.key-add YubiKey blue");

        assertThat(signIn(EDITOR, key, ORIGIN, 1)).isEqualTo(Verdict.ACCEPTED);
        assertThat(signIn(EDITOR, key, ORIGIN, 2)).isEqualTo(Verdict.ACCEPTED);
        assertThat(store.keys.get(0).signCount()).isEqualTo(2);
        assertThat(store.keys.get(0).lastUsedAt()).isNotNull();
    }

    @Test
    void aKeyMadeOnALookAlikeSiteIsNotAdded() throws Exception {
        SoftKey key = new SoftKey();
        Challenge challenge = challenges.issue(Purpose.REGISTER, EDITOR.accountId(), Instant.now());
        String response = key.create(challenge.value(), "https://news-example.org", "news.example.org");

        assertThatThrownBy(() -> service.register(EDITOR, "phished", response, take(Purpose.REGISTER, EDITOR)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("securitykey.notAdded");
        assertThat(store.keys).isEmpty();
    }

    @Test
    void aSignatureForALookAlikeSiteOrAnotherChallengeIsRefused() throws Exception {
        SoftKey key = new SoftKey();
        register(EDITOR, key, ORIGIN, "YubiKey blue");

        assertThat(signIn(EDITOR, key, "https://news-example.org", 1)).as("phishing origin").isEqualTo(Verdict.REFUSED);

        Challenge old = challenges.issue(Purpose.SIGN_IN, EDITOR.accountId(), Instant.now());
        String replayed = key.get(old.value(), ORIGIN, 2);
        challenges.issue(Purpose.SIGN_IN, EDITOR.accountId(), Instant.now());
        assertThat(service.verify(EDITOR, replayed, take(Purpose.SIGN_IN, EDITOR))).as("signed another challenge")
                .isEqualTo(Verdict.REFUSED);
        assertThat(service.verify(EDITOR, replayed, take(Purpose.SIGN_IN, EDITOR))).as("challenge used up")
                .isEqualTo(Verdict.REFUSED);
        assertThat(store.keys.get(0).signCount()).isZero();
    }

    @Test
    void anotherAccountsKeyIsRefused() throws Exception {
        SoftKey karims = new SoftKey();
        register(OTHER, karims, ORIGIN, "Karim's key");

        assertThat(signIn(EDITOR, karims, ORIGIN, 1)).isEqualTo(Verdict.REFUSED);
    }

    @Test
    void aCounterThatWentBackIsRefusedAsAClone() throws Exception {
        SoftKey key = new SoftKey();
        register(EDITOR, key, ORIGIN, "YubiKey blue");
        assertThat(signIn(EDITOR, key, ORIGIN, 5)).isEqualTo(Verdict.ACCEPTED);

        assertThat(signIn(EDITOR, key, ORIGIN, 5)).as("the same count again").isEqualTo(Verdict.CLONED);
        assertThat(signIn(EDITOR, key, ORIGIN, 3)).as("a copy that is behind").isEqualTo(Verdict.CLONED);
        assertThat(audited).contains("account.2fa.key-cloned YubiKey blue: counter 5, presented 3");
        assertThat(signIn(EDITOR, key, ORIGIN, 6)).as("the real key goes on").isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void removingTakesOnlyOnesOwnKey() throws Exception {
        register(OTHER, new SoftKey(), ORIGIN, "Karim's key");
        long karims = store.keys.get(0).id();

        assertThatThrownBy(() -> service.remove(EDITOR, karims)).isInstanceOf(BusinessException.class);
        service.remove(OTHER, karims);
        assertThat(store.keys).isEmpty();
        assertThat(audited).contains("account.2fa.key-remove Karim's key");
    }

    private void register(Actor actor, SoftKey key, String origin, String name) throws Exception {
        Challenge challenge = challenges.issue(Purpose.REGISTER, actor.accountId(), Instant.now());
        service.register(actor, name, key.create(challenge.value(), origin, "news.example.org"),
                take(Purpose.REGISTER, actor));
    }

    private Verdict signIn(Actor actor, SoftKey key, String origin, long counter) throws Exception {
        Challenge challenge = challenges.issue(Purpose.SIGN_IN, actor.accountId(), Instant.now());
        return service.verify(actor, key.get(challenge.value(), origin, counter), take(Purpose.SIGN_IN, actor));
    }

    private Optional<Challenge> take(Purpose purpose, Actor actor) {
        return challenges.take(purpose, actor.accountId(), Instant.now());
    }

    /** A security key in software: one P-256 key pair, answering as a browser would pass its answer on. */
    private final class SoftKey {

        private final KeyPair pair;
        private final byte[] credentialId = new byte[16];

        SoftKey() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            pair = generator.generateKeyPair();
            new SecureRandom().nextBytes(credentialId);
        }

        String create(byte[] challenge, String origin, String rpId) throws Exception {
            AttestedCredentialData credential = new AttestedCredentialData(AAGUID.ZERO, credentialId,
                    EC2COSEKey.create((ECPublicKey) pair.getPublic(), COSEAlgorithmIdentifier.ES256));
            AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data = new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)),
                    (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_AT), 0, credential);
            byte[] attestation = new AttestationObjectConverter(converter)
                    .convertToBytes(new AttestationObject(data, new NoneAttestationStatement()));
            return """
                    {"id":"%1$s","rawId":"%1$s","type":"public-key","clientExtensionResults":{},
                     "response":{"clientDataJSON":"%2$s","attestationObject":"%3$s","transports":["usb"]}}"""
                    .formatted(BASE64URL.encodeToString(credentialId),
                            BASE64URL.encodeToString(clientData("webauthn.create", challenge, origin)),
                            BASE64URL.encodeToString(attestation));
        }

        String get(byte[] challenge, String origin, long counter) throws Exception {
            AuthenticatorData<AuthenticationExtensionAuthenticatorOutput> assertion = new AuthenticatorData<>(
                    sha256("news.example.org".getBytes(StandardCharsets.UTF_8)), AuthenticatorData.BIT_UP, counter);
            byte[] authenticatorData = new AuthenticatorDataConverter(converter).convert(assertion);
            byte[] clientData = clientData("webauthn.get", challenge, origin);
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(pair.getPrivate());
            signer.update(authenticatorData);
            signer.update(sha256(clientData));
            return """
                    {"id":"%1$s","rawId":"%1$s","type":"public-key","clientExtensionResults":{},
                     "response":{"clientDataJSON":"%2$s","authenticatorData":"%3$s","signature":"%4$s"}}"""
                    .formatted(BASE64URL.encodeToString(credentialId), BASE64URL.encodeToString(clientData),
                            BASE64URL.encodeToString(authenticatorData), BASE64URL.encodeToString(signer.sign()));
        }

        private byte[] clientData(String type, byte[] challenge, String origin) {
            return """
                    {"type":"%s","challenge":"%s","origin":"%s","crossOrigin":false}"""
                    .formatted(type, BASE64URL.encodeToString(challenge), origin).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    /** The repository's rules without a database: the counter rule as the conditional UPDATE applies it. */
    private static final class MemoryKeys extends SecurityKeyRepository {

        private final List<SecurityKey> keys = new ArrayList<>();
        private long nextId = 1;

        @Override
        List<SecurityKey> ofAccount(long accountId) {
            return keys.stream().filter(k -> k.accountId() == accountId).toList();
        }

        @Override
        boolean any(long accountId) {
            return !ofAccount(accountId).isEmpty();
        }

        @Override
        boolean credentialExists(byte[] credentialId) {
            return keys.stream().anyMatch(k -> Arrays.equals(k.credentialId(), credentialId));
        }

        @Override
        void add(SecurityKey key) {
            set(key, "id", nextId++);
            keys.add(key);
        }

        @Override
        boolean recordUse(long keyId, long presentedCount, Instant now) {
            SecurityKey key = keys.stream().filter(k -> k.id() == keyId).findFirst().orElseThrow();
            if (!SignatureCounter.accepts(key.signCount(), presentedCount)) {
                return false;
            }
            set(key, "signCount", presentedCount);
            set(key, "lastUsedAt", now);
            return true;
        }

        @Override
        boolean remove(long accountId, long keyId) {
            return keys.removeIf(k -> k.id() == keyId && k.accountId() == accountId);
        }

        private static void set(SecurityKey key, String field, Object value) {
            try {
                Field f = SecurityKey.class.getDeclaredField(field);
                f.setAccessible(true);
                f.set(key, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
