package org.barta.newsletter.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.barta.newsletter.SubscriberLinks;
import org.barta.newsletter.bounce.VerpAddresses;
import org.barta.newsletter.compose.RenderedEdition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes one subscriber's copy of an edition: their personal links, a stable Message-ID, and the list headers
 * mail clients use for one-click unsubscribe (RFC 2369, RFC 8058) and filtering (RFC 2919).
 */
@ApplicationScoped
public class NewsletterMessages {

    @Inject
    SubscriberLinks links;

    @Inject
    VerpAddresses verp;

    @Inject
    DkimSigning dkim;

    @Inject
    @ConfigProperty(name = "barta.mail.from", defaultValue = "Barta <newsletter@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "barta.newsletter.list-name", defaultValue = "Newsletter")
    String listName;

    /** Transfer encodings per rendered edition: choosing one scans the whole text, so it is done once, not per mail. */
    private final Map<RenderedEdition, String[]> encodings = new ConcurrentHashMap<>();
    private InternetAddress sender;
    private String domain;

    /** The message for this recipient; the rendered edition is in their language already. */
    public MimeMessage write(Session session, long editionId, Recipient recipient, RenderedEdition edition,
                             Instant now) throws MessagingException {
        String unsubscribe = links.unsubscribeUrl(recipient.language(), recipient.subscriberId(),
                recipient.linkNonce(), now);
        String preferences = links.preferencesUrl(recipient.language(), recipient.subscriberId(),
                recipient.linkNonce(), now);
        RenderedEdition personal = edition.personalize(preferences, unsubscribe);

        MimeMessage message = new NewsletterMessage(session, messageId(editionId, recipient.subscriberId()));
        message.setFrom(sender());
        message.setRecipient(MimeMessage.RecipientType.TO, to(recipient));
        message.setSubject(personal.subject(), "UTF-8");
        message.setSentDate(Date.from(now));
        // RFC 2369: the mailto: goes to this recipient's own bounce address, whose tag proves who asks.
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">" + verp.envelopeSender(editionId,
                recipient.subscriberId()).map(address -> ", <mailto:" + address + "?subject=unsubscribe>").orElse(""));
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("List-Id", listName.replaceAll("[<>\"\\r\\n]", "") + " <newsletter." + domain() + ">");
        message.setHeader("Content-Language", recipient.language().code());

        String[] encoding = encodings.computeIfAbsent(edition,
                e -> new String[] {transferEncoding(e.text()), transferEncoding(e.html())});
        MimeBodyPart text = new MimeBodyPart();
        text.setText(personal.text(), "UTF-8", "plain");
        text.setHeader("Content-Transfer-Encoding", encoding[0]);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(personal.html(), "UTF-8", "html");
        html.setHeader("Content-Transfer-Encoding", encoding[1]);
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return dkim.sign(message);
    }

    private static String transferEncoding(String content) {
        String chosen = MimeUtility.getEncoding(new ByteArrayDataSource(content.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8"));
        return "7bit".equals(chosen) ? "quoted-printable" : chosen;
    }

    /** The same id whenever this subscriber is sent this edition, so a repeat after a crash is recognisable. */
    public String messageId(long editionId, long subscriberId) {
        return "<edition-" + editionId + ".subscriber-" + subscriberId + "@" + domain() + ">";
    }

    private static InternetAddress to(Recipient recipient) throws AddressException {
        try {
            return recipient.name() == null ? new InternetAddress(recipient.email())
                    : new InternetAddress(recipient.email(), recipient.name(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            return new InternetAddress(recipient.email());
        }
    }

    private InternetAddress sender() throws AddressException {
        if (sender == null) {
            sender = new InternetAddress(from);
        }
        return sender;
    }

    private String domain() {
        if (domain == null) {
            String address = from.replaceAll(".*<|>.*", "").strip();
            domain = address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        }
        return domain;
    }
}
