package org.barta.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether the site is served over TLS, read from its public address ({@code BARTA_BASE_URL}). */
@ApplicationScoped
public class TransportSecurity {

    @Inject
    @ConfigProperty(name = "barta.base-url", defaultValue = "http://127.0.0.1:8080")
    String baseUrl;

    public boolean isHttps() {
        return isHttps(baseUrl);
    }

    static boolean isHttps(String baseUrl) {
        return baseUrl.strip().regionMatches(true, 0, "https://", 0, "https://".length());
    }
}
