package org.barta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.barta.testing.Deployments;
import org.barta.testing.TestServices;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client address behind a reverse proxy. The ITs run with {@code BARTA_TRUSTED_PROXIES=127.0.0.1} (pom.xml), so
 * this test's own connections play the proxy; a connection from 127.0.0.2 plays a stranger who forges the header.
 * No other IT sends {@code X-Forwarded-For}, so for them the address stays the connecting peer's, as before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustedProxyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void behindATrustedProxyEachClientHasItsOwnSignInLimit() throws Exception {
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(signIn("203.0.113.10", "nobody-" + attempt)).as("attempt " + attempt)
                    .contains("Wrong username or password");
        }

        assertThat(signIn("203.0.113.10", "nobody-21")).as("the 21st failure from that client")
                .contains("Too many failed sign-ins");
        assertThat(signIn("203.0.113.11", "nobody-22")).as("another client behind the same proxy")
                .contains("Wrong username or password");
        assertThat(auditedAddresses("nobody-1")).isEqualTo("203.0.113.10");
        assertThat(auditedAddresses("nobody-22")).isEqualTo("203.0.113.11");
    }

    @Test
    void consentRecordsTheClientBehindTheProxyButNotWhatAStrangerClaims() throws Exception {
        HttpResponse<String> viaProxy = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.toURI().resolve("/en/newsletter/subscribe"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "198.51.100.1, 203.0.113.77")
                .POST(HttpRequest.BodyPublishers.ofString(form(signUpFields("proxied@example.org"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(viaProxy.statusCode()).isEqualTo(302);

        String stranger = postFrom("127.0.0.2", "/en/newsletter/subscribe", "203.0.113.78",
                form(signUpFields("stranger@example.org")));
        assertThat(stranger).startsWith("HTTP/1.1 302");

        assertThat(consentAddress("proxied@example.org")).as("right-most address the proxy wrote")
                .isEqualTo("203.0.113.77");
        assertThat(consentAddress("stranger@example.org")).as("forged header ignored").isEqualTo("127.0.0.2");
    }

    /** Signs in with a wrong password as a browser behind the proxy would; returns the page. */
    private String signIn(String client, String username) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI login = base.toURI().resolve("/login");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(login)
                .header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
        Element formElement = Jsoup.parse(page.body(), login.toString()).getElementById("login");
        Map<String, String> fields = new LinkedHashMap<>();
        formElement.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        WebClient.primeFacesNonce(page.body()).ifPresent(nonce -> fields.put(WebClient.PRIMEFACES_NONCE_FIELD, nonce));
        fields.put("login:username", username);
        fields.put("login:password", "not the password");
        Element button = formElement.getElementById("login:submit");
        fields.put(button.attr("name"), button.attr("value"));
        return http.send(HttpRequest.newBuilder(URI.create(formElement.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A POST over a connection from the given loopback address (Java's HTTP client cannot choose its own). */
    private String postFrom(String localAddress, String path, String forwardedFor, String body) throws Exception {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort(),
                InetAddress.getByName(localAddress), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + content.length + "\r\n"
                    + "X-Forwarded-For: " + forwardedFor + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> signUpFields(String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", email);
        fields.put("name", "Reader");
        fields.put("language", "en");
        fields.put("website", "");
        return fields;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String auditedAddresses(String actor) throws Exception {
        return single("select group_concat(distinct remote_address) from audit_event where actor = ?", actor);
    }

    private static String consentAddress(String email) throws Exception {
        return single("select consent_address from subscriber where email = ?", email);
    }

    private static String single(String sql, String parameter) throws Exception {
        try (Connection db = DriverManager.getConnection(TestServices.jdbcUrl(), "barta", "barta");
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
