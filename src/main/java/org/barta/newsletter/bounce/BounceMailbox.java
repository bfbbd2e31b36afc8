package org.barta.newsletter.bounce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barta.newsletter.SubscriptionService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the bounce mailbox over IMAP or POP3 ({@code barta.newsletter.bounce.*}) and applies every report in it.
 * A message is deleted only after what it says is committed to the database, so a crash or a lost connection
 * loses nothing: the next run reads it again and the report is not counted twice. Deleting (rather than moving)
 * works the same on IMAP and POP3. A message that is not a report we can read stays in the mailbox for a person
 * to look at and is remembered, so later runs skip it.
 */
@ApplicationScoped
public class BounceMailbox {

    static final int MAX_PER_RUN = 500;
    static final long MAX_MESSAGE_BYTES = 10L * 1024 * 1024;
    /** The database is probably down: the rest waits for the next run. */
    private static final int MAX_FAILURES_IN_A_ROW = 3;
    private static final Set<String> PROTOCOLS = Set.of("imap", "imaps", "pop3", "pop3s");
    private static final String TIMEOUT_MILLIS = "30000";
    private static final Logger LOG = Logger.getLogger(BounceMailbox.class.getName());

    @Inject
    @ConfigProperty(name = "barta.newsletter.bounce.protocol", defaultValue = "imaps")
    String protocol;

    @Inject
    @ConfigProperty(name = "barta.newsletter.bounce.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "barta.newsletter.bounce.port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "barta.newsletter.bounce.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "barta.newsletter.bounce.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "barta.newsletter.bounce.folder", defaultValue = "INBOX")
    String folderName;

    @Inject
    BounceService bounces;

    @Inject
    BounceRepository repository;

    @Inject
    VerpAddresses verp;

    @Inject
    SubscriptionService subscriptions;

    /** Reads the mailbox once; does nothing when no bounce mailbox is configured. */
    public void poll() {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            return;
        }
        if (!PROTOCOLS.contains(protocol)) {
            LOG.severe(() -> "barta.newsletter.bounce.protocol must be one of " + PROTOCOLS + ", not " + protocol);
            return;
        }
        Session session = Session.getInstance(properties());
        try (Store store = session.getStore(protocol)) {
            store.connect(host.get(), port.orElse(-1), user.orElse(null), password.orElse(null));
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            try {
                Message[] messages = folder.getMessages();
                int failuresInARow = 0;
                int count = Math.min(messages.length, MAX_PER_RUN);
                for (int i = 0; i < count && failuresInARow < MAX_FAILURES_IN_A_ROW; i++) {
                    failuresInARow = handle((MimeMessage) messages[i]) ? 0 : failuresInARow + 1;
                }
            } finally {
                // Expunges (IMAP) or commits (POP3) the deletions of messages whose reports are recorded.
                folder.close(true);
            }
        } catch (MessagingException e) {
            LOG.warning(() -> "Bounce mailbox " + host.get() + " not read, trying again next run: " + e);
        }
    }

    /** Handles one message; false when its report could not be applied (it stays for the next run). */
    private boolean handle(MimeMessage message) throws MessagingException {
        String messageId = message.getMessageID();
        try {
            if (messageId != null && repository.isUnreadable(BounceReportParser.keyOfMessageId(messageId))) {
                return true;
            }
            if (message.getSize() > MAX_MESSAGE_BYTES) {
                if (messageId != null) {
                    repository.rememberUnreadable(BounceReportParser.keyOfMessageId(messageId), messageId,
                            "larger than " + MAX_MESSAGE_BYTES + " bytes");
                }
                LOG.warning(() -> "Bounce mailbox: message " + messageId + " is too large to be a report; left there");
                return true;
            }
            MimeMessage copy = new MimeMessage(message);
            String key = BounceReportParser.keyOf(copy);
            if (messageId == null && repository.isUnreadable(key)) {
                return true;
            }
            Optional<VerpRecipient> unsubscribing = unsubscribeRequest(copy);
            if (unsubscribing.isPresent()) {
                subscriptions.unsubscribeByMail(unsubscribing.get().subscriberId(), unsubscribing.get().editionId());
                message.setFlag(Flags.Flag.DELETED, true);
                return true;
            }
            try {
                bounces.apply(BounceReportParser.parse(copy), BounceSource.MAILBOX);
                message.setFlag(Flags.Flag.DELETED, true);
            } catch (UnreadableReportException e) {
                repository.rememberUnreadable(key, messageId, e.getMessage());
                LOG.warning(() -> "Bounce mailbox: message " + messageId
                        + " left there, it is not a report we can read: " + e.getMessage());
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Bounce mailbox: message " + messageId + " not handled, left for the next run", e);
            return false;
        }
    }

    /**
     * A person's (or mail client's) answer to the mailto: in List-Unsubscribe: not a report, subject
     * "unsubscribe", sent to a per-recipient address whose tag verifies.
     */
    private Optional<VerpRecipient> unsubscribeRequest(MimeMessage message) throws MessagingException {
        String subject = message.getSubject();
        if (message.isMimeType("multipart/report") || subject == null
                || !subject.strip().toLowerCase(java.util.Locale.ROOT).startsWith("unsubscribe")) {
            return Optional.empty();
        }
        jakarta.mail.Address[] to = message.getRecipients(Message.RecipientType.TO);
        if (to == null) {
            return Optional.empty();
        }
        for (jakarta.mail.Address address : to) {
            if (address instanceof jakarta.mail.internet.InternetAddress internet) {
                Optional<VerpRecipient> named = verp.decode(internet.getAddress());
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    private Properties properties() {
        Properties props = new Properties();
        String prefix = "mail." + protocol + ".";
        props.put(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        props.put(prefix + "timeout", TIMEOUT_MILLIS);
        props.put(prefix + "writetimeout", TIMEOUT_MILLIS);
        if (protocol.endsWith("s")) {
            props.put(prefix + "ssl.checkserveridentity", "true");
        }
        return props;
    }
}
