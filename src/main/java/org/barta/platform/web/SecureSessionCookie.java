package org.barta.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} when the site is served over TLS, so a sign-in never travels in clear
 * text; HttpOnly and SameSite=Lax come from web.xml. The base URL is configuration, so web.xml cannot say this.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    @Inject
    TransportSecurity transport;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        configure(event.getServletContext().getSessionCookieConfig(), transport.isHttps());
    }

    static void configure(SessionCookieConfig cookie, boolean https) {
        cookie.setSecure(https);
    }
}
