package org.barta.newsletter.bounce;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The sample bounces and complaints under {@code src/test/resources/org/barta/newsletter/bounce}, as real mail
 * servers write them. Each names the recipient {@link #RECIPIENT} and was sent with envelope sender {@link #VERP}
 * (a placeholder tag); tests may swap in real values.
 */
final class Samples {

    static final String VERP = "bounces+7-1001-tagtagtagt@barta.test";
    static final String RECIPIENT = "ayesha.siddiqua@example.net";

    private Samples() {
    }

    static String text(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with each key replaced by its value (case-insensitively for addresses). */
    static String text(String name, Map<String, String> replacements) {
        String text = text(name);
        for (Map.Entry<String, String> r : replacements.entrySet()) {
            text = text.replaceAll("(?i)" + java.util.regex.Pattern.quote(r.getKey()),
                    java.util.regex.Matcher.quoteReplacement(r.getValue()));
        }
        return text;
    }

    static MimeMessage message(String text) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
