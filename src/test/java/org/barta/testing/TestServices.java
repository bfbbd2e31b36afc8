package org.barta.testing;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the throw-away MariaDB, the GreenMail SMTP server and the bounce mailbox (a second GreenMail, IMAP only,
 * so stopping the relay leaves it alone) once per integration-test run, before Arquillian boots Payara Micro.
 * Failsafe passes the reserved ports and the mailbox's account; unit-test runs (no ports) start nothing.
 */
public class TestServices implements LauncherSessionListener {

    /**
     * GreenMail logs a line for every new recipient address it sees: 20,000 lines per large send, written to the
     * run's output and slowing the relay the tests measure against. Held here: JUL keeps loggers weakly.
     */
    private static final Logger RECIPIENT_ACCOUNTS = Logger.getLogger("com.icegreen.greenmail.user.UserManager");
    private static EmbeddedMariaDb database;
    private static GreenMail mail;
    private static GreenMail bounceServer;
    private static GreenMailUser bounceMailbox;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // A wait fails on what it waits for, not on an exception some other thread of the run (GreenMail's,
        // Selenium's) did not catch: Awaitility would otherwise count those too.
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        RECIPIENT_ACCOUNTS.setLevel(Level.WARNING);
        String dbPort = System.getProperty("barta.it.db.port");
        String smtpPort = System.getProperty("barta.it.smtp.port");
        if (dbPort == null || smtpPort == null) {
            return;
        }
        try {
            Path dir = Path.of(System.getProperty("barta.it.dir", "target/it"));
            Path data = dir.resolve("mariadb-data");
            Scratch.deleteRecursively(data);
            database = EmbeddedMariaDb.start(Integer.parseInt(dbPort), dir.resolve("mariadb-base"), data);
        } catch (Exception e) {
            throw new IllegalStateException("Embedded MariaDB did not start", e);
        }
        startMail();
        startBounceMailbox();
    }

    private static void startBounceMailbox() {
        String imapPort = System.getProperty("barta.it.imap.port");
        if (imapPort == null) {
            return;
        }
        bounceServer = new GreenMail(new ServerSetup(Integer.parseInt(imapPort), "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        bounceServer.start();
        bounceMailbox = bounceServer.setUser(System.getenv("BARTA_NEWSLETTER_BOUNCE_ADDRESS"),
                System.getenv("BARTA_NEWSLETTER_BOUNCE_USER"), System.getenv("BARTA_NEWSLETTER_BOUNCE_PASSWORD"));
    }

    /**
     * Stops the SMTP server, as when the relay goes down, and returns what it had received: its listener stops
     * first, so every message it accepted is counted (GreenMail forgets its messages once stopped).
     */
    public static synchronized List<MimeMessage> stopMail() {
        mail.getSmtp().stopService();
        List<MimeMessage> received = List.of(mail.getReceivedMessages());
        mail.stop();
        return received;
    }

    /** Starts a fresh SMTP server on the same port, as when the relay comes back. */
    public static synchronized void startMail() {
        int port = Integer.parseInt(System.getProperty("barta.it.smtp.port"));
        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
        }
        if (bounceServer != null) {
            bounceServer.stop();
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
        }
    }

    /** The SMTP server the application under test sends to. */
    public static synchronized GreenMail mail() {
        return mail;
    }

    /** The messages the SMTP server received for this address, in the order they came. */
    public static MimeMessage[] mailsTo(String address) {
        return Arrays.stream(mail().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toArray(MimeMessage[]::new);
    }

    /** The text of a multipart message's parts of this type ({@code text/plain}, {@code text/html}), joined. */
    public static String bodyPart(MimeMessage message, String mimeType) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(mimeType)) {
                text.append((String) part.getContent());
            }
        }
        return text.toString();
    }

    /**
     * Empties the SMTP server of its messages and of its users and their folders too. GreenMail finds a recipient's
     * folder by walking every folder it holds ({@code HierarchicalFolder.getChild}), so after the suite's earlier
     * tests (tens of thousands of recipients) each delivery costs that walk: SendDeadlockIT took 260–290 s in full
     * runs against 91 s alone. Only while nothing is sending (it restarts the server).
     */
    public static synchronized void emptyMailServer() {
        mail.reset();
    }

    /** The mailbox the application reads bounces from over IMAP; tests deliver reports into it. */
    public static GreenMailUser bounceMailbox() {
        return bounceMailbox;
    }

    /** The server holding the bounce mailbox, to see which messages are still in it. */
    public static GreenMail bounceServer() {
        return bounceServer;
    }

    /** JDBC URL of the test database, for tests that check what the application stored. */
    public static String jdbcUrl() {
        return database.jdbcUrl();
    }

}
