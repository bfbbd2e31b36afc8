package org.barta.newsletter.bounce;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.newsletter.SignedLink;

/**
 * Reads delivery status notifications (RFC 3464) and abuse reports (ARF, RFC 5965) with Jakarta Mail: the
 * report's machine-readable part is a series of header blocks, each read with {@link InternetHeaders}.
 * Classification: Action failed with a 5.x.x Status is a hard bounce; any 4.x.x Status or Action delayed is a
 * soft bounce; delivered, relayed and expanded need nothing; Feedback-Type abuse is a complaint.
 */
public final class BounceReportParser {

    static final int MAX_DIAGNOSTIC = 500;
    private static final Session SESSION = Session.getInstance(new Properties());
    /** Headers a bounce carries the address it was delivered to in: our VERP envelope sender. */
    private static final List<String> DELIVERED_TO = List.of("To", "Delivered-To", "X-Original-To", "Envelope-To");
    private static final Set<String> STATUS_PARTS = Set.of("message/delivery-status", "message/global-delivery-status");
    private static final Set<String> ORIGINAL_PARTS = Set.of("message/rfc822", "text/rfc822-headers", "message/global",
            "message/global-headers");
    private static final Set<String> NOTHING_TO_DO = Set.of("delivered", "relayed", "expanded");
    private static final Pattern STATUS = Pattern.compile("([245])\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern BRACKETED = Pattern.compile("<([^>]*)>");

    private BounceReportParser() {
    }

    /** A raw RFC 5322 message. */
    public static MimeMessage read(InputStream raw) throws UnreadableReportException {
        try {
            return new MimeMessage(SESSION, raw);
        } catch (MessagingException e) {
            throw new UnreadableReportException("not a mail message: " + e.getMessage(), e);
        }
    }

    /** The report's identity: a hash of its Message-ID, or of its bytes when it has none. */
    public static String keyOf(MimeMessage message) throws MessagingException, IOException {
        String messageId = message.getMessageID();
        if (messageId != null && !messageId.isBlank()) {
            return keyOfMessageId(messageId);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return sha256(bytes.toByteArray());
    }

    public static String keyOfMessageId(String messageId) {
        return sha256(("message-id:" + messageId.strip()).getBytes(StandardCharsets.UTF_8));
    }

    public static BounceReport parse(MimeMessage message) throws UnreadableReportException {
        try {
            ContentType type = new ContentType(message.getContentType());
            if (!type.match("multipart/report")) {
                throw new UnreadableReportException("not a multipart/report but " + type.getBaseType());
            }
            MimeMultipart parts = new MimeMultipart(new MimePartDataSource(message));
            Part status = firstPart(parts, STATUS_PARTS);
            Part feedback = firstPart(parts, Set.of("message/feedback-report"));
            List<String> returnAddresses = new ArrayList<>();
            for (String header : DELIVERED_TO) {
                returnAddresses.addAll(addressesIn(message.getHeader(header)));
            }
            String key = keyOf(message);
            String messageId = message.getMessageID();
            if (status != null) {
                return new BounceReport(key, messageId, ReportType.DELIVERY_STATUS, returnAddresses, List.of(),
                        deliveryStatus(status));
            }
            if (feedback != null) {
                return feedbackReport(key, messageId, returnAddresses, feedback, firstPart(parts, ORIGINAL_PARTS));
            }
            throw new UnreadableReportException("a multipart/report without a delivery-status or feedback-report part");
        } catch (MessagingException | IOException e) {
            throw new UnreadableReportException("not a readable MIME report: " + e.getMessage(), e);
        }
    }

    private static List<RecipientReport> deliveryStatus(Part part)
            throws MessagingException, IOException, UnreadableReportException {
        List<InternetHeaders> blocks = headerBlocks(part);
        List<RecipientReport> actionable = new ArrayList<>();
        int recipients = 0;
        // The first block holds the per-message fields (Reporting-MTA …); some MTAs leave it out.
        for (InternetHeaders block : blocks) {
            String action = firstWord(field(block, "Action"));
            String status = firstWord(field(block, "Status"));
            if (action == null || status == null || !STATUS.matcher(status).matches()) {
                continue;
            }
            recipients++;
            Optional<BounceKind> kind = classify(action.toLowerCase(Locale.ROOT), status);
            if (kind.isPresent()) {
                List<String> addresses = new ArrayList<>();
                typedAddress(field(block, "Final-Recipient")).ifPresent(addresses::add);
                typedAddress(field(block, "Original-Recipient")).filter(a -> !addresses.contains(a))
                        .ifPresent(addresses::add);
                actionable.add(new RecipientReport(kind.get(), status, diagnostic(field(block, "Diagnostic-Code")),
                        addresses));
            }
        }
        if (recipients == 0) {
            throw new UnreadableReportException("a delivery-status part without any recipient's Action and Status");
        }
        return actionable;
    }

    static Optional<BounceKind> classify(String action, String status) {
        if (NOTHING_TO_DO.contains(action)) {
            return Optional.empty();
        }
        if (action.equals("failed") && status.startsWith("5.")) {
            return Optional.of(BounceKind.HARD);
        }
        if (status.startsWith("4.") || action.equals("delayed")) {
            return Optional.of(BounceKind.SOFT);
        }
        return Optional.empty();
    }

    private static BounceReport feedbackReport(String key, String messageId, List<String> returnAddresses,
                                               Part feedbackPart, Part original)
            throws MessagingException, IOException, UnreadableReportException {
        InternetHeaders feedback = new InternetHeaders(new BufferedInputStream(feedbackPart.getInputStream()), true);
        String feedbackType = firstWord(field(feedback, "Feedback-Type"));
        if (feedbackType == null) {
            throw new UnreadableReportException("a feedback-report part without Feedback-Type");
        }
        List<String> addresses = new ArrayList<>();
        List<SignedLink> links = new ArrayList<>();
        plainAddress(field(feedback, "Original-Mail-From")).ifPresent(returnAddresses::add);
        for (String rcpt : values(feedback, "Original-Rcpt-To")) {
            plainAddress(rcpt).ifPresent(addresses::add);
        }
        if (original != null) {
            InternetHeaders headers = new InternetHeaders(new BufferedInputStream(original.getInputStream()), true);
            for (String returnPath : values(headers, "Return-Path")) {
                plainAddress(returnPath).ifPresent(returnAddresses::add);
            }
            for (String list : values(headers, "List-Unsubscribe")) {
                unsubscribeLinks(list, links);
            }
            for (String to : values(headers, "To")) {
                addressesIn(new String[] {to}).stream().filter(a -> !addresses.contains(a)).forEach(addresses::add);
            }
        }
        List<RecipientReport> recipients = feedbackType.equalsIgnoreCase("abuse")
                ? List.of(new RecipientReport(BounceKind.COMPLAINT, "abuse", diagnostic(field(feedback, "User-Agent")),
                        addresses))
                : List.of();
        return new BounceReport(key, messageId, ReportType.FEEDBACK, returnAddresses, links, recipients);
    }

    /** RFC 2369: {@code <https://…>, <mailto:…>}; our web links carry a signed subscriber link. */
    private static void unsubscribeLinks(String header, List<SignedLink> links) {
        Matcher target = BRACKETED.matcher(MimeUtility.unfold(header));
        while (target.find()) {
            signedLink(target.group(1).strip()).ifPresent(links::add);
        }
    }

    private static Optional<SignedLink> signedLink(String uri) {
        try {
            String query = URI.create(uri).getRawQuery();
            if (query == null) {
                return Optional.empty();
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2) {
                    params.putIfAbsent(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                }
            }
            if (!params.keySet().containsAll(List.of("s", "e", "t"))) {
                return Optional.empty();
            }
            return Optional.of(new SignedLink(Long.parseLong(params.get("s")), Long.parseLong(params.get("e")),
                    params.get("t")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Part firstPart(MimeMultipart parts, Set<String> types) throws MessagingException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            String type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            if (types.contains(type)) {
                return part;
            }
        }
        return null;
    }

    /** The blocks of fields separated by blank lines, as in a message/delivery-status part. */
    private static List<InternetHeaders> headerBlocks(Part part) throws MessagingException, IOException {
        List<InternetHeaders> blocks = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(part.getInputStream())) {
            while (true) {
                in.mark(1);
                if (in.read() < 0) {
                    return blocks;
                }
                in.reset();
                InternetHeaders block = new InternetHeaders(in, true);
                if (block.getAllHeaders().hasMoreElements()) {
                    blocks.add(block);
                }
            }
        }
    }

    private static String field(InternetHeaders headers, String name) {
        String value = headers.getHeader(name, null);
        return value == null ? null : MimeUtility.unfold(value).strip();
    }

    private static List<String> values(InternetHeaders headers, String name) {
        String[] values = headers.getHeader(name);
        return values == null ? List.of() : Arrays.stream(values).map(v -> MimeUtility.unfold(v).strip()).toList();
    }

    private static String firstWord(String value) {
        if (value == null) {
            return null;
        }
        String word = value.split("[\\s;(]", 2)[0];
        return word.isEmpty() ? null : word;
    }

    /** {@code smtp; 550 5.1.1 …}: the server's words, on one line, shortened for storage. */
    private static String diagnostic(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int semicolon = value.indexOf(';');
        String text = (semicolon >= 0 ? value.substring(semicolon + 1) : value).replaceAll("\\s+", " ").strip();
        return text.length() > MAX_DIAGNOSTIC ? text.substring(0, MAX_DIAGNOSTIC) : text;
    }

    /** {@code rfc822; someone@example.org} (or {@code utf-8;}, RFC 6533); other address types are ignored. */
    private static Optional<String> typedAddress(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int semicolon = value.indexOf(';');
        if (semicolon < 0) {
            return Optional.empty();
        }
        String type = value.substring(0, semicolon).strip().toLowerCase(Locale.ROOT);
        return type.equals("rfc822") || type.equals("utf-8")
                ? plainAddress(value.substring(semicolon + 1))
                : Optional.empty();
    }

    private static Optional<String> plainAddress(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String address = value.strip();
        if (address.startsWith("<") && address.endsWith(">")) {
            address = address.substring(1, address.length() - 1).strip();
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1 || address.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        return Optional.of(address.toLowerCase(Locale.ROOT));
    }

    private static List<String> addressesIn(String[] headerValues) {
        List<String> addresses = new ArrayList<>();
        if (headerValues == null) {
            return addresses;
        }
        for (String value : headerValues) {
            try {
                for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                    plainAddress(address.getAddress()).ifPresent(addresses::add);
                }
            } catch (AddressException e) {
                plainAddress(value).ifPresent(addresses::add);
            }
        }
        return addresses;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
