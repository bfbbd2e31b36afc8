package org.barta.newsletter.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.barta.newsletter.SubscriberLinks;
import org.barta.newsletter.bounce.VerpAddresses;
import org.barta.newsletter.compose.PersonalLinks;
import org.barta.newsletter.compose.RenderedEdition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes one subscriber's copy of an edition: their personal links, a stable Message-ID, and the list headers
 * mail clients use for one-click unsubscribe from the audience the send reached them through (RFC 2369, RFC 8058)
 * and filtering by it (RFC 2919).
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
    SendableEditions editions;

    /** Each rendered edition's subject header and parts, encoded once up to the personal links. */
    private final Map<RenderedEdition, Encoded> encoded = new ConcurrentHashMap<>();
    /** Each audience's List-Id header, read once. */
    private final Map<Long, ListHeader> lists = new ConcurrentHashMap<>();
    private final MailDateFormat dateFormat = new MailDateFormat();
    private volatile DateHeader lastDate;
    private InternetAddress sender;
    private String domain;

    /**
     * The message for this recipient, as the bytes it is sent as (signed when DKIM is on), with its envelope; the
     * rendered edition is in their language already.
     */
    public AddressedMessage write(Session session, long editionId, Recipient recipient, RenderedEdition edition,
                                  Instant now) throws MessagingException {
        ListHeader list = lists.computeIfAbsent(recipient.audienceId(), id -> listHeader(editions.mailingList(id)));
        String unsubscribe = links.unsubscribeUrl(recipient.language(), recipient.subscriberId(),
                recipient.linkNonce(), list.audienceId(), editionId, now);
        String preferences = links.preferencesUrl(recipient.language(), recipient.subscriberId(),
                recipient.linkNonce(), now);
        Encoded once = encoded(editionId, edition);
        String preview = once.previewUntil() == null ? null : links.previewUrl(recipient.language(),
                recipient.subscriberId(), recipient.linkNonce(), editionId, once.previewUntil());
        PersonalLinks personal = new PersonalLinks(preferences, unsubscribe, preview);
        byte[] text = once.text().personal(personal);
        byte[] html = once.html().personal(personal);
        // RFC 2369: the mailto: goes to this recipient's own bounce address, whose tag proves who asks; it is offered
        // only when Barta reads that mailbox, else the request would go unanswered.
        String envelopeSender = verp.envelopeSender(editionId, recipient.subscriberId()).orElse(null);
        String listUnsubscribe = "<" + unsubscribe + ">" + (envelopeSender != null && verp.repliesAreRead()
                ? ", <mailto:" + envelopeSender + "?subject=unsubscribe>" : "");
        InternetAddress to = to(recipient);
        MessageBytes written = new MessageBytes(text.length + html.length + 2048);
        byte[] bytes = written
                .header("Date", date(now))
                .header("From", InternetAddress.toString(new Address[] {sender()}, "From: ".length()))
                .header("To", InternetAddress.toString(new Address[] {to}, "To: ".length()))
                .header("Message-ID", messageId(editionId, recipient.subscriberId()))
                .header("Subject", once.subject())
                .header("List-Unsubscribe", listUnsubscribe)
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .header("List-Id", list.listId())
                .header("Content-Language", recipient.language().code())
                .alternative(once.boundary(), text, html);
        SerializedMessage message = new SerializedMessage(session, bytes, written.headers(), written.bodyOffset(),
                edition.subject());
        MimeMessage signed = dkim.sign(message);
        return new AddressedMessage(signed == message ? message : SerializedMessage.of(signed, edition.subject()),
                to, envelopeSender);
    }

    private Encoded encoded(long editionId, RenderedEdition edition) throws MessagingException {
        Encoded once = encoded.get(edition);
        if (once == null) {
            try {
                // What MimeMessage.setSubject(subject, "UTF-8") writes.
                once = new Encoded(MimeUtility.fold(9, MimeUtility.encodeText(edition.subject(), "UTF-8", null)),
                        "----=_Barta_" + UUID.randomUUID().toString().replace("-", ""),
                        PreEncodedPart.text(edition.text()), PreEncodedPart.html(edition.html()),
                        edition.html().contains(RenderedEdition.PREVIEW_URL)
                                ? editions.previewUntil(editionId).orElse(null) : null);
            } catch (UnsupportedEncodingException e) {
                throw new MessagingException("UTF-8 unavailable", e);
            }
            encoded.put(edition, once);
        }
        return once;
    }

    /** RFC 2919: the audience's name and a List-Id made of its code under the sender's domain. */
    private ListHeader listHeader(MailingList list) {
        try {
            return new ListHeader(list.audienceId(), MimeUtility.fold(9, MimeUtility.encodeText(
                    list.name().replaceAll("[<>\"\\r\\n]", ""), "UTF-8", null)) + " <" + list.code() + "." + domain() + ">");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 unavailable", e);
        }
    }

    private record ListHeader(long audienceId, String listId) {
    }

    /**
     * One rendered edition's subject header, multipart boundary ("=_" cannot occur in quoted-printable or base64
     * content) and body parts, ready for any recipient; and for an advance copy, when its preview links end. An
     * advance copy's embargo is in its subject, so a moved embargo makes a new rendition and is read again here.
     */
    private record Encoded(String subject, String boundary, PreEncodedPart text, PreEncodedPart html,
                           Instant previewUntil) {
    }

    /** The Date header, written once per second: every message of that second has the same. */
    private String date(Instant now) {
        long second = now.getEpochSecond();
        DateHeader last = lastDate;
        if (last == null || last.second() != second) {
            // MailDateFormat is a SimpleDateFormat, not safe to share without a lock.
            synchronized (dateFormat) {
                last = new DateHeader(second, dateFormat.format(Date.from(Instant.ofEpochSecond(second))));
            }
            lastDate = last;
        }
        return last.value();
    }

    private record DateHeader(long second, String value) {
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
