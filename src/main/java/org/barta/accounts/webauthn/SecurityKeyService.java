package org.barta.accounts.webauthn;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import com.webauthn4j.verifier.exception.VerificationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.barta.accounts.AccountRepository;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.accounts.CredentialNotices;
import org.barta.platform.BusinessException;

/**
 * Security keys and passkeys (WebAuthn) as a second factor, checked with webauthn4j: the options the browser hands to
 * {@code navigator.credentials.create} and {@code .get}, registration, the check of a signature at sign-in or to
 * confirm identity, and removal. Every signature must be over a challenge this session was given for that purpose
 * ({@link Challenges}), made for this site's origin and relying party id ({@link RelyingParty}), with the user
 * present, and by a key of the account that is signing in; the signature counter must grow ({@link SignatureCounter}).
 * Attestation is not asked for ("none"): which make of key it is does not matter here, only that it is the same key.
 */
@ApplicationScoped
public class SecurityKeyService {

    static final int MAX_KEYS = 10;
    static final int MAX_NAME = 60;
    private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.EdDSA),
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnManager webAuthn = WebAuthnManager.createNonStrictWebAuthnManager(converter);

    @Inject
    SecurityKeyRepository store;

    @Inject
    RelyingParty relyingParty;

    @Inject
    AuditLog audit;

    @Inject
    AccountRepository accounts;

    @Inject
    CredentialNotices notices;

    /** What a signature was found to be. */
    public enum Verdict { ACCEPTED, REFUSED, CLONED }

    /** A key as its owner sees it in the list. */
    public record Row(long id, String name, Instant createdAt, Instant lastUsedAt) implements Serializable {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasKeys(long accountId) {
        return store.any(accountId);
    }

    /** The signed-in person's own keys, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> keys(Actor actor) {
        return store.ofAccount(actor.accountId()).stream()
                .map(k -> new Row(k.id(), k.name(), k.createdAt(), k.lastUsedAt())).toList();
    }

    /** Options for {@code navigator.credentials.create}, as JSON with binary values in base64url. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String registrationOptions(Actor actor, String displayName, Challenge challenge) {
        RelyingParty.Address address = address();
        List<SecurityKey> existing = store.ofAccount(actor.accountId());
        JsonArrayBuilder algorithms = Json.createArrayBuilder();
        ALGORITHMS.forEach(a -> algorithms.add(Json.createObjectBuilder().add("type", "public-key")
                .add("alg", a.getAlg().getValue())));
        return Json.createObjectBuilder()
                .add("challenge", BASE64URL.encodeToString(challenge.value()))
                .add("rp", Json.createObjectBuilder().add("id", address.id()).add("name", "Barta"))
                .add("user", Json.createObjectBuilder()
                        .add("id", BASE64URL.encodeToString(userHandle(existing, challenge)))
                        .add("name", actor.username())
                        .add("displayName", displayName == null ? actor.username() : displayName))
                .add("pubKeyCredParams", algorithms)
                .add("timeout", Challenge.LIFETIME.toMillis())
                .add("attestation", "none")
                .add("authenticatorSelection", Json.createObjectBuilder()
                        .add("residentKey", "preferred").add("requireResidentKey", false)
                        .add("userVerification", "preferred"))
                .add("excludeCredentials", descriptors(existing))
                .build().toString();
    }

    /**
     * Keeps the key the browser made for the person's {@code REGISTER} challenge, under the name they gave it. Needs a
     * recent proof of identity, which the page checks before the browser is given the options.
     */
    @Transactional
    public void register(Actor actor, String name, String responseJson, Optional<Challenge> challenge) {
        String shownName = name == null ? "" : name.strip();
        if (shownName.isEmpty() || shownName.length() > MAX_NAME || shownName.chars().anyMatch(Character::isISOControl)) {
            throw new BusinessException("securitykey.nameInvalid");
        }
        List<SecurityKey> existing = store.ofAccount(actor.accountId());
        if (existing.size() >= MAX_KEYS) {
            throw new BusinessException("securitykey.tooMany", MAX_KEYS);
        }
        if (challenge.isEmpty() || responseJson == null || responseJson.isBlank()) {
            throw new BusinessException("securitykey.notAdded");
        }
        RegistrationData data;
        try {
            data = webAuthn.parseRegistrationResponseJSON(responseJson);
            webAuthn.verify(data, new RegistrationParameters(serverProperty(challenge.get()), ALGORITHMS, false, true));
        } catch (DataConversionException | VerificationException | IllegalArgumentException refused) {
            throw new BusinessException("securitykey.notAdded");
        }
        AuthenticatorData<?> authenticator = data.getAttestationObject().getAuthenticatorData();
        AttestedCredentialData credential = authenticator.getAttestedCredentialData();
        if (store.credentialExists(credential.getCredentialId())) {
            throw new BusinessException("securitykey.alreadyAdded");
        }
        store.add(new SecurityKey(actor.accountId(), credential.getCredentialId(),
                converter.getCborConverter().writeValueAsBytes(credential.getCOSEKey()),
                userHandle(existing, challenge.get()), authenticator.getSignCount(), authenticator.isFlagBE(),
                transports(data.getTransports()), shownName, Instant.now()));
        audit.record(actor, "account.2fa.key-add", "account", actor.accountId(), shownName);
        tellOwner(actor, "notice.twoFactor.keyAdd", shownName);
    }

    /** Options for {@code navigator.credentials.get}: only this account's keys may answer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String assertionOptions(long accountId, Challenge challenge) {
        return Json.createObjectBuilder()
                .add("challenge", BASE64URL.encodeToString(challenge.value()))
                .add("rpId", address().id())
                .add("timeout", Challenge.LIFETIME.toMillis())
                .add("userVerification", "preferred")
                .add("allowCredentials", descriptors(store.ofAccount(accountId)))
                .build().toString();
    }

    /**
     * Checks a signature of one of the account's keys over its {@code SIGN_IN} or {@code CONFIRM} challenge, and
     * records the use. A counter that did not grow is refused and audited as {@code account.2fa.key-cloned}. Runs in
     * its own transaction so that this record stays even though the sign-in fails.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Verdict verify(Actor actor, String responseJson, Optional<Challenge> challenge) {
        if (challenge.isEmpty() || responseJson == null || responseJson.isBlank() || !relyingParty.isAvailable()) {
            return Verdict.REFUSED;
        }
        AuthenticationData data;
        try {
            data = webAuthn.parseAuthenticationResponseJSON(responseJson);
        } catch (DataConversionException | IllegalArgumentException malformed) {
            return Verdict.REFUSED;
        }
        if (data.getCredentialId() == null) {
            return Verdict.REFUSED;
        }
        Optional<SecurityKey> found = store.find(actor.accountId(), data.getCredentialId());
        if (found.isEmpty()) {
            return Verdict.REFUSED;
        }
        SecurityKey key = found.get();
        // A passkey also names the account it was made for: it must be this one.
        if (data.getUserHandle() != null && !Arrays.equals(data.getUserHandle(), key.userHandle())) {
            return Verdict.REFUSED;
        }
        COSEKey publicKey = converter.getCborConverter().readValue(key.publicKey(), COSEKey.class);
        CredentialRecordImpl record = new CredentialRecordImpl(null, null, key.backupEligible(), null,
                key.signCount(), new AttestedCredentialData(AAGUID.ZERO, key.credentialId(), publicKey),
                null, null, null, null);
        try {
            webAuthn.verify(data, new AuthenticationParameters(serverProperty(challenge.get()), record,
                    List.of(key.credentialId()), false, true));
        } catch (MaliciousCounterValueException cloned) {
            return refuseClone(actor, key, data.getAuthenticatorData().getSignCount());
        } catch (VerificationException | IllegalArgumentException refused) {
            return Verdict.REFUSED;
        }
        long presented = data.getAuthenticatorData().getSignCount();
        // Checked again where it is stored: another instance may have accepted a higher count a moment ago.
        if (!SignatureCounter.accepts(key.signCount(), presented) || !store.recordUse(key.id(), presented, Instant.now())) {
            return refuseClone(actor, key, presented);
        }
        return Verdict.ACCEPTED;
    }

    /** Removes one of the person's own keys. The page does this only after a current second factor was accepted. */
    @Transactional
    public void remove(Actor actor, long keyId) {
        String name = store.ofAccount(actor.accountId()).stream().filter(k -> k.id() == keyId).map(SecurityKey::name)
                .findFirst().orElseThrow(() -> new BusinessException("securitykey.notFound"));
        store.remove(actor.accountId(), keyId);
        audit.record(actor, "account.2fa.key-remove", "account", actor.accountId(), name);
        tellOwner(actor, "notice.twoFactor.keyRemove", name);
    }

    private void tellOwner(Actor actor, String what, String keyName) {
        accounts.find(actor.accountId()).ifPresent(account -> notices.send(account, what, keyName));
    }

    /** Removes all of an account's keys, for the emergency lock-down; the caller checks and audits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAll(long accountId) {
        store.removeAll(accountId);
    }

    private Verdict refuseClone(Actor actor, SecurityKey key, long presented) {
        audit.record(actor, "account.2fa.key-cloned", "account", actor.accountId(),
                key.name() + ": counter " + key.signCount() + ", presented " + presented);
        return Verdict.CLONED;
    }

    private ServerProperty serverProperty(Challenge challenge) {
        RelyingParty.Address address = address();
        return new ServerProperty(new Origin(address.origin()), address.id(), new DefaultChallenge(challenge.value()));
    }

    private RelyingParty.Address address() {
        return relyingParty.address().orElseThrow(() -> new BusinessException("securitykey.unavailable"));
    }

    /**
     * The random id the authenticator keeps for the account, the same for all its keys. The first key's is drawn from
     * its registration challenge (random, and known again when the response comes back, without storing anything
     * before the key exists).
     */
    private static byte[] userHandle(List<SecurityKey> existing, Challenge challenge) {
        if (!existing.isEmpty()) {
            return existing.get(0).userHandle();
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("barta user handle".getBytes(StandardCharsets.US_ASCII));
            return sha256.digest(challenge.value());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static JsonArrayBuilder descriptors(List<SecurityKey> keys) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (SecurityKey key : keys) {
            JsonObjectBuilder descriptor = Json.createObjectBuilder().add("type", "public-key")
                    .add("id", BASE64URL.encodeToString(key.credentialId()));
            if (key.transports() != null && !key.transports().isEmpty()) {
                JsonArrayBuilder transports = Json.createArrayBuilder();
                Arrays.stream(key.transports().split(",")).forEach(transports::add);
                descriptor.add("transports", transports);
            }
            list.add(descriptor);
        }
        return list;
    }

    private static String transports(Set<AuthenticatorTransport> transports) {
        if (transports == null) {
            return null;
        }
        Set<String> names = new TreeSet<>();
        transports.forEach(t -> names.add(t.getValue()));
        String joined = String.join(",", names);
        return joined.length() > 100 ? null : joined;
    }
}
