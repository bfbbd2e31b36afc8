package org.barta.newsletter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.barta.platform.AppSecrets;
import org.junit.jupiter.api.Test;

/** List-Unsubscribe offers a mailto: only where an unsubscribe request by mail is read and acted on. */
class VerpAddressesTest {

    @Test
    void repliesAreReadOnlyWithABounceAddressAndItsMailbox() {
        assertThat(addresses(null, null).repliesAreRead()).isFalse();
        assertThat(addresses("bounces@example.org", null).repliesAreRead()).as("nobody reads that mailbox").isFalse();
        assertThat(addresses("bounces@example.org", " ").repliesAreRead()).isFalse();
        assertThat(addresses(null, "imap.example.org").repliesAreRead()).as("no VERP address to answer").isFalse();
        assertThat(addresses("bounces@example.org", "imap.example.org").repliesAreRead()).isTrue();
    }

    @Test
    void everyMailHasItsOwnEnvelopeSenderOnceABounceAddressIsSet() {
        assertThat(addresses(null, null).envelopeSender(3, 17)).isEmpty();
        assertThat(addresses("bounces@example.org", null).envelopeSender(3, 17))
                .hasValueSatisfying(a -> assertThat(a).matches("bounces\\+3-17-[a-z2-7]+@example\\.org"));
    }

    private static VerpAddresses addresses(String bounceAddress, String mailboxHost) {
        VerpAddresses addresses = new VerpAddresses();
        addresses.bounceAddress = Optional.ofNullable(bounceAddress);
        addresses.mailboxHost = Optional.ofNullable(mailboxHost);
        addresses.secrets = new AppSecrets() {
            @Override
            public byte[] key(String name) {
                return new byte[32];
            }
        };
        return addresses;
    }
}
