package org.barta.platform.mail;

import jakarta.mail.util.StreamProvider;
import java.util.logging.Logger;

/**
 * Names Jakarta Mail's stream provider in its system property, once. Without it, Jakarta Mail 2.1 looks the
 * provider up through ServiceLoader on every body part, multipart, encoder and decoded header
 * (jakartaee/mail-api#861), and inside the application server's class loaders that scan is slow (figures in
 * {@code bench/README.md}). With the property set the lookup is a class-name load. No test guards it: only
 * {@code bench/newsletter.sh}'s rate shows it.
 */
final class StreamProviderPin {

    private static final Logger LOG = Logger.getLogger(StreamProviderPin.class.getName());
    private static final String PROPERTY = StreamProvider.class.getName();

    private StreamProviderPin() {
    }

    /** Sets the property to the provider the lookup finds, unless it is set already (an operator's choice). */
    static synchronized void pin() {
        if (System.getProperty(PROPERTY) == null) {
            String provider = StreamProvider.provider().getClass().getName();
            System.setProperty(PROPERTY, provider);
            LOG.config(() -> PROPERTY + " set to " + provider);
        }
    }
}
