package org.barta.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The Jakarta Mail session for outgoing mail, configured by {@code BARTA_SMTP_*}. */
@ApplicationScoped
public class MailSessionProducer {

    private static final String TIMEOUT_MILLIS = "30000";

    @Inject
    @ConfigProperty(name = "barta.smtp.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "barta.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "barta.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "barta.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "barta.smtp.tls", defaultValue = "false")
    boolean tls;

    private Session session;

    @PostConstruct
    void configure() {
        StreamProviderPin.pin();
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (tls) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
            props.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        Authenticator authenticator = null;
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            String name = user.get();
            String secret = password.orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(name, secret);
                }
            };
        }
        session = Session.getInstance(props, authenticator);
    }

    @Produces
    public Session mailSession() {
        return session;
    }
}
