package org.barta.newsletter.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.barta.newsletter.compose.PersonalLinks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Newsletter mail signed with a configured key verifies with the matching public key, as a receiver would check
 * it. The verification below is written from RFC 6376 (relaxed canonicalisation, rsa-sha256) independently of the
 * signing library, so a library mistake cannot hide behind itself.
 */
class DkimSigningTest {


    private static KeyPair keys;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @Test
    void aBanglaNewsletterSignedWithAPemKeyVerifiesAndKeepsItsMessageId() throws Exception {
        Path pem = dir.resolve("dkim.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        DkimSigning signing = signing("barta.example.org", "mail2026", pem.toString());
        assertThat(signing.problem()).isEmpty();

        // Serialized, as workers send it: the signature is made while the message is written out.
        byte[] sent = bytes(SerializedMessage.of(signing.sign(SampleNewsletter.message()), SampleNewsletter.SUBJECT));

        Map<String, String> tags = verify(sent, keys.getPublic());
        assertThat(tags).containsEntry("v", "1").containsEntry("a", "rsa-sha256")
                .containsEntry("c", "relaxed/relaxed").containsEntry("d", "barta.example.org")
                .containsEntry("s", "mail2026");
        assertThat(List.of(tags.get("h").toLowerCase(Locale.ROOT).split(":"))).contains("from", "to", "subject",
                "date", "message-id", "list-unsubscribe", "list-unsubscribe-post", "list-id", "content-type",
                "mime-version");
        MimeMessage received = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(sent));
        assertThat(received.getMessageID()).isEqualTo(SampleNewsletter.MESSAGE_ID);
        assertThat(received.getSubject()).isEqualTo(SampleNewsletter.SUBJECT);
    }

    @Test
    void aMessageWrittenAsWorkersWriteItHeadersHandedOverIsSignedOverItsBytes() throws Exception {
        Path der = dir.resolve("workers.der");
        Files.write(der, keys.getPrivate().getEncoded());
        DkimSigning signing = signing("barta.example.org", "mail2026", der.toString());
        MessageBytes written = new MessageBytes(4096)
                .header("From", "Barta <newsletter@barta.example.org>")
                .header("To", "rahima@example.net")
                .header("Subject", "November")
                .header("Message-ID", SampleNewsletter.MESSAGE_ID);
        byte[] bytes = written.alternative("----=_Barta_test", PreEncodedPart.text("Dear reader,\n").personal(
                new PersonalLinks("p", "u")),
                PreEncodedPart.html("<p>Dear reader,</p>").personal(new PersonalLinks("p", "u")));
        SerializedMessage message = new SerializedMessage(Session.getInstance(new Properties()), bytes,
                written.headers(), written.bodyOffset(), "November");

        byte[] sent = bytes(SerializedMessage.of(signing.sign(message), "November"));

        assertThat(verify(sent, keys.getPublic())).containsEntry("d", "barta.example.org");
        assertThat(new String(sent, StandardCharsets.US_ASCII)).endsWith(new String(bytes, StandardCharsets.US_ASCII)
                .substring(written.bodyOffset()));
    }

    @Test
    void aDerKeyWorksTooAndAChangedSubjectNoLongerVerifies() throws Exception {
        Path der = dir.resolve("dkim.der");
        Files.write(der, keys.getPrivate().getEncoded());
        DkimSigning signing = signing("barta.example.org", "mail2026", der.toString());

        String sent = new String(bytes(signing.sign(SampleNewsletter.message())), StandardCharsets.US_ASCII);
        verify(sent.getBytes(StandardCharsets.US_ASCII), keys.getPublic());

        byte[] forged = sent.replaceFirst("(?m)^Subject: .*$", "Subject: =?UTF-8?B?"
                + Base64.getEncoder().encodeToString("জরুরি: পাসওয়ার্ড দিন".getBytes(StandardCharsets.UTF_8)) + "?=")
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> verify(forged, keys.getPublic())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("signature");
    }

    @Test
    void withoutConfigurationMailGoesOutAsWritten() throws Exception {
        DkimSigning signing = signing(null, null, null);
        MimeMessage message = SampleNewsletter.message();

        assertThat(signing.problem()).isEmpty();
        assertThat(signing.sign(message)).isSameAs(message);
    }

    @Test
    void aPartConfigurationNamesWhatIsMissingAndRefusesToSign() throws Exception {
        DkimSigning signing = signing("barta.example.org", null, null);

        assertThat(signing.problem()).get().asString()
                .contains("BARTA_NEWSLETTER_DKIM_SELECTOR", "BARTA_NEWSLETTER_DKIM_KEY_FILE");
        assertThatThrownBy(() -> signing.sign(SampleNewsletter.message())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("partly configured");
    }

    @Test
    void anUnreadableOrInvalidKeyIsReportedWithItsPath() throws Exception {
        Path garbage = dir.resolve("garbage.pem");
        Files.writeString(garbage, "-----BEGIN CERTIFICATE-----\nnot a key\n-----END CERTIFICATE-----\n");
        Path absent = dir.resolve("absent.pem");

        assertThat(signing("barta.example.org", "mail2026", absent.toString()).problem()).get().asString()
                .contains("cannot be read", absent.toString());
        assertThat(signing("barta.example.org", "mail2026", garbage.toString()).problem()).get().asString()
                .contains("not usable", garbage.toString());
    }

    private static DkimSigning signing(String domain, String selector, String keyFile) {
        DkimSigning signing = new DkimSigning();
        signing.domain = Optional.ofNullable(domain);
        signing.selector = Optional.ofNullable(selector);
        signing.keyFile = Optional.ofNullable(keyFile);
        signing.load();
        return signing;
    }

    private static byte[] bytes(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    /** RFC 6376 section 6 for c=relaxed/relaxed, a=rsa-sha256; returns the signature's tags. */
    private static Map<String, String> verify(byte[] raw, PublicKey publicKey) throws Exception {
        String mail = new String(raw, StandardCharsets.ISO_8859_1);
        int end = mail.indexOf("\r\n\r\n");
        assertThat(end).as("header/body separator").isPositive();
        List<String> fields = fields(mail.substring(0, end + 2));
        String body = mail.substring(end + 4);

        String signatureField = fields.stream().filter(f -> name(f).equals("dkim-signature")).findFirst()
                .orElseThrow(() -> new AssertionError("no DKIM-Signature header"));
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : value(signatureField).split(";")) {
            if (!tag.isBlank()) {
                int eq = tag.indexOf('=');
                tags.put(tag.substring(0, eq).strip(), tag.substring(eq + 1).replaceAll("[ \\t\\r\\n]", ""));
            }
        }

        String bodyHash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(relaxedBody(body).getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(tags.get("bh")).as("body hash").isEqualTo(bodyHash);

        StringBuilder signed = new StringBuilder();
        List<String> unused = new ArrayList<>(fields);
        for (String name : tags.get("h").split(":")) {
            // Several fields of one name are signed from the bottom up (section 5.4.2).
            for (int i = unused.size() - 1; i >= 0; i--) {
                if (name(unused.get(i)).equals(name.strip().toLowerCase(Locale.ROOT))) {
                    signed.append(relaxedHeader(unused.remove(i))).append("\r\n");
                    break;
                }
            }
        }
        signed.append(relaxedHeader(signatureField.replaceFirst("(?<=[;\\s]b=)[^;]*", "")));

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey);
        rsa.update(signed.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!rsa.verify(Base64.getDecoder().decode(tags.get("b")))) {
            throw new AssertionError("DKIM signature does not verify over: " + signed);
        }
        return tags;
    }

    private static List<String> fields(String headers) {
        List<String> fields = new ArrayList<>();
        for (String line : headers.split("\r\n")) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && !fields.isEmpty()) {
                fields.set(fields.size() - 1, fields.get(fields.size() - 1) + "\r\n" + line);
            } else {
                fields.add(line);
            }
        }
        return fields;
    }

    private static String name(String field) {
        return field.substring(0, field.indexOf(':')).strip().toLowerCase(Locale.ROOT);
    }

    private static String value(String field) {
        return field.substring(field.indexOf(':') + 1);
    }

    private static String relaxedHeader(String field) {
        return name(field) + ":" + value(field).replace("\r\n", "").replaceAll("[ \\t]+", " ").strip();
    }

    private static String relaxedBody(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\r\n", -1)) {
            out.append(line.replaceAll("[ \\t]+", " ").replaceAll(" $", "")).append("\r\n");
        }
        String canonical = out.toString().replaceAll("(\r\n)+$", "");
        return canonical.isEmpty() ? "" : canonical + "\r\n";
    }
}
