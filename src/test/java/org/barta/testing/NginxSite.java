package org.barta.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The distribution's nginx site ({@code src/dist/etc/nginx/barta.conf}) as the system's nginx reads it, changed
 * only where a server's differs from a test's: a self-signed certificate for 127.0.0.1 made here, loopback ports
 * instead of 80 and 443, the given upstream instances instead of 127.0.0.1:8080, and folders of its own.
 */
public final class NginxSite implements AutoCloseable {

    public static final Path SITE = Path.of("src/dist/etc/nginx/barta.conf");

    private final Path dir;
    private final int http;
    private final int https;
    private Process process;

    private NginxSite(Path dir, int http, int https) {
        this.dir = dir;
        this.http = http;
        this.https = https;
    }

    /** Writes the configuration into {@code dir}; nothing runs yet. */
    public static NginxSite configure(Path dir, List<Integer> upstreamPorts) throws IOException, InterruptedException {
        NginxSite site = new NginxSite(dir, Scratch.freeLoopbackPort(), Scratch.freeLoopbackPort());
        site.write(upstreamPorts);
        return site;
    }

    /** {@code nginx -t}'s report; fails unless nginx accepts the configuration. */
    public String check() throws IOException, InterruptedException {
        return run("nginx", "-t", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString());
    }

    /** Starts nginx in the foreground of a child process, its log in the configuration's folder. */
    public NginxSite start() throws IOException {
        process = new ProcessBuilder("nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        await("nginx listening").atMost(Duration.ofSeconds(30)).until(() -> {
            assertThat(process.isAlive()).as("nginx runs: " + Files.readString(dir.resolve("error.log"))).isTrue();
            return Scratch.accepts(https);
        });
        return this;
    }

    public URI httpsBase() {
        return URI.create("https://127.0.0.1:" + https + "/");
    }

    public URI httpBase() {
        return URI.create("http://127.0.0.1:" + http + "/");
    }

    /** Trusts this site's certificate, and no other. */
    public SSLContext trust() throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(dir.resolve("cert.pem"))) {
            store.setCertificateEntry("site", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void write(List<Integer> upstreamPorts) throws IOException, InterruptedException {
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1,DNS:news.example.org",
                "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString());
        // nginx's workers run as nobody: what they write must be theirs to write.
        for (String writable : List.of("cache", "temp")) {
            Files.setPosixFilePermissions(Files.createDirectories(dir.resolve(writable)),
                    PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        String servers = upstreamPorts.stream().map(port -> "server 127.0.0.1:" + port + ";")
                .collect(Collectors.joining("\n    "));
        String site = Files.readString(SITE)
                .replace("/etc/letsencrypt/live/news.example.org/fullchain.pem", dir.resolve("cert.pem").toString())
                .replace("/etc/letsencrypt/live/news.example.org/privkey.pem", dir.resolve("key.pem").toString())
                .replace("/var/cache/nginx/barta", dir.resolve("cache").toString())
                .replace("server 127.0.0.1:8080;", servers)
                .replace("listen 80;", "listen 127.0.0.1:" + http + ";")
                .replace("listen 443 ssl http2;", "listen 127.0.0.1:" + https + " ssl http2;")
                .replace("    listen [::]:80;\n", "")
                .replace("    listen [::]:443 ssl http2;\n", "");
        assertThat(site).as("the site's listen lines as the test expects them").doesNotContain("listen [::]")
                .doesNotContain("listen 80;").doesNotContain("listen 443");
        Files.writeString(dir.resolve("site.conf"), site);
        Files.writeString(dir.resolve("nginx.conf"), """
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events {}
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %2$s/body; proxy_temp_path %2$s/proxy; fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi; scgi_temp_path %2$s/scgi;
                    include %1$s/site.conf;
                }
                """.formatted(dir, dir.resolve("temp")));
    }

    private String run(String... command) throws IOException, InterruptedException {
        return Scratch.runProgram(dir, "Debian: apt-get install nginx-light openssl; .ci/run does", command);
    }
}
