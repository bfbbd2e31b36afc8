package org.barta.newsletter.bounce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.barta.platform.AppSecrets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The envelope sender each newsletter mail goes out with, so its bounce names the edition and the subscriber;
 * nothing when no bounce address is configured ({@code barta.newsletter.bounce-address}).
 */
@ApplicationScoped
public class VerpAddresses {

    static final String KEY = "verp";

    @Inject
    @ConfigProperty(name = "barta.newsletter.bounce-address")
    Optional<String> bounceAddress;

    @Inject
    @ConfigProperty(name = "barta.newsletter.bounce.host")
    Optional<String> mailboxHost;

    @Inject
    AppSecrets secrets;

    public Optional<String> envelopeSender(long editionId, long subscriberId) {
        return codec().map(c -> c.encode(editionId, subscriberId));
    }

    /** True when newsletter mail goes out with VERP, so a genuine bounce always names its recipient. */
    public boolean isConfigured() {
        return codec().isPresent();
    }

    /**
     * True when Barta reads the bounce mailbox, so that an unsubscribe request mailed to a VERP address is acted
     * on; only then may List-Unsubscribe offer a {@code mailto:}.
     */
    public boolean repliesAreRead() {
        return codec().isPresent() && mailboxHost.filter(h -> !h.isBlank()).isPresent();
    }

    /** The recipient named by a VERP address whose tag verifies; empty for forged or foreign addresses. */
    public Optional<VerpRecipient> decode(String address) {
        return codec().flatMap(c -> c.decode(address));
    }

    /** True when the address has our VERP form, whether or not its tag verifies. */
    public boolean isVerp(String address) {
        return codec().map(c -> c.isVerp(address)).orElse(false);
    }

    private Optional<VerpCodec> codec() {
        return bounceAddress.filter(a -> !a.isBlank()).map(a -> new VerpCodec(a, secrets.key(KEY)));
    }
}
