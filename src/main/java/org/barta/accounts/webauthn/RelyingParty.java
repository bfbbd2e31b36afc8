package org.barta.accounts.webauthn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who the browser and the key must believe they talk to, read from the site's public address ({@code BARTA_BASE_URL}):
 * the origin (scheme, host, port) every signature must have been made for, and the relying party id, its host name,
 * which the key binds the credential to. A phishing site on another name gets signatures that name the wrong origin
 * and is refused. WebAuthn needs a domain name as the id: with an IP address as the public address
 * ({@code http://127.0.0.1:8080}) security keys cannot be used; {@code http://localhost:8080} works.
 */
@ApplicationScoped
public class RelyingParty {

    @Inject
    @ConfigProperty(name = "barta.base-url", defaultValue = "http://127.0.0.1:8080")
    String baseUrl;

    private Optional<Address> address;

    /** The origin and relying party id, when the public address allows security keys at all. */
    public Optional<Address> address() {
        if (address == null) {
            address = Address.of(baseUrl);
        }
        return address;
    }

    public boolean isAvailable() {
        return address().isPresent();
    }

    /** Origin ({@code https://news.example.org}, no path) and relying party id ({@code news.example.org}). */
    public record Address(String origin, String id) {

        static Optional<Address> of(String baseUrl) {
            URI uri;
            try {
                uri = URI.create(baseUrl.strip());
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || !isDomainName(host)) {
                return Optional.empty();
            }
            return Optional.of(new Address(scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()),
                    host));
        }

        /** A name, not an IPv4 or IPv6 address (browsers refuse those as relying party ids). */
        private static boolean isDomainName(String host) {
            return !host.isEmpty() && !host.startsWith("[") && !host.matches("[0-9.]+")
                    && host.matches("[a-z0-9.-]+");
        }
    }
}
