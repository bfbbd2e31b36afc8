package org.barta.newsletter.dispatch;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimException;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;

/**
 * DKIM-signs newsletter mail (RFC 6376, rsa-sha256, relaxed/relaxed) when a domain, selector and RSA key are
 * configured; with none of them configured mail goes out unsigned. A half or broken configuration is reported at
 * start-up and stops sending: receivers that enforce DMARC would treat mail sent unsigned by mistake as forged.
 */
@ApplicationScoped
public class DkimSigning {

    private static final Logger LOG = Logger.getLogger(DkimSigning.class.getName());

    /** The headers receivers act on; changing any of them in transit must break the signature. */
    static final List<String> SIGNED_HEADERS = List.of("From", "To", "Subject", "Date", "Message-ID",
            "List-Unsubscribe", "List-Unsubscribe-Post", "List-Id", "Content-Type", "MIME-Version");

    @Inject
    @ConfigProperty(name = "barta.newsletter.dkim.domain")
    Optional<String> domain;

    @Inject
    @ConfigProperty(name = "barta.newsletter.dkim.selector")
    Optional<String> selector;

    @Inject
    @ConfigProperty(name = "barta.newsletter.dkim.key-file")
    Optional<String> keyFile;

    private RSAPrivateKey key;
    private String signingDomain;
    private String signingSelector;
    private String problem;

    /** Reads the key once, so a wrong configuration shows in the start-up log and not first during a send. */
    @PostConstruct
    void load() {
        List<String> missing = new ArrayList<>();
        String d = setting(domain, "BARTA_NEWSLETTER_DKIM_DOMAIN", missing);
        String s = setting(selector, "BARTA_NEWSLETTER_DKIM_SELECTOR", missing);
        String k = setting(keyFile, "BARTA_NEWSLETTER_DKIM_KEY_FILE", missing);
        if (missing.size() == 3) {
            return;
        }
        if (!missing.isEmpty()) {
            problem = "DKIM signing is only partly configured, " + String.join(" and ", missing)
                    + " not set; domain, selector and key file go together";
        } else {
            try {
                key = readKey(Path.of(k));
                signer(d, s, key);
                signingDomain = d;
                signingSelector = s;
            } catch (IOException e) {
                problem = "DKIM key file " + k + " cannot be read: " + e;
            } catch (GeneralSecurityException | RuntimeException e) {
                problem = "DKIM key file " + k + " or domain " + d + " is not usable (a PKCS#8 RSA private key in PEM "
                        + "or DER, or a PKCS#1 RSA key in PEM, is needed): " + e;
            }
        }
        if (problem != null) {
            key = null;
            LOG.severe(() -> problem + ". No newsletter is sent until this is fixed and the application restarted.");
        }
    }

    void announce(@Observes Startup startup) {
        if (key != null) {
            LOG.info(() -> "Newsletter mail is DKIM-signed for " + signingDomain + " with selector "
                    + signingSelector);
        }
    }

    /** Why sending must wait; empty when signing works or is switched off. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * The message as it goes out: signed when a key is configured, the message itself when not. Call it last, on
     * the saved message; the signature is computed as the message is written, and the Message-ID is kept.
     *
     * @throws IllegalStateException when signing is misconfigured, so nothing leaves unsigned
     */
    public MimeMessage sign(MimeMessage message) throws MessagingException {
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        if (key == null) {
            return message;
        }
        return new DkimMessage(message, signer(signingDomain, signingSelector, key));
    }

    /** A signer per message: the library's signer keeps digest state and must not be shared between workers. */
    private static DkimSigner signer(String domain, String selector, RSAPrivateKey key) {
        DkimSigner signer = new DkimSigner(domain, selector, key);
        signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
        signer.setHeaderCanonicalization(Canonicalization.RELAXED);
        signer.setBodyCanonicalization(Canonicalization.RELAXED);
        // The public key is in DNS for receivers; looking it up for every message would only add a dependency.
        signer.setCheckDomainKey(false);
        SIGNED_HEADERS.forEach(signer::addHeaderToSign);
        return signer;
    }

    private static RSAPrivateKey readKey(Path file) throws IOException, GeneralSecurityException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (!text.contains("-----BEGIN")) {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(bytes));
        }
        try (PEMParser pem = new PEMParser(new StringReader(text))) {
            Object object = pem.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (object instanceof PrivateKeyInfo info) {
                return (RSAPrivateKey) converter.getPrivateKey(info);
            }
            if (object instanceof PEMKeyPair pair) {
                return (RSAPrivateKey) converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
            throw new DkimException("the PEM file holds no unencrypted private key but "
                    + (object == null ? "nothing" : object.getClass().getSimpleName()));
        }
    }

    private static String setting(Optional<String> value, String name, List<String> missing) {
        Optional<String> set = value.map(String::strip).filter(v -> !v.isEmpty());
        if (set.isEmpty()) {
            missing.add(name);
        }
        return set.orElse(null);
    }
}
