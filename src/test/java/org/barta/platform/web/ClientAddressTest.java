package org.barta.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final ClientAddress BEHIND_PROXIES =
            ClientAddress.trusting(" 10.0.0.0/8, 192.0.2.7 ,2001:db8:1::/48, ::1");

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverItsHeadersSay() {
        ClientAddress direct = ClientAddress.trusting("");

        assertThat(direct.resolve("198.51.100.9", List.of("203.0.113.1"))).isEqualTo("198.51.100.9");
    }

    @Test
    void anUntrustedPeersForwardedForIsIgnored() {
        assertThat(BEHIND_PROXIES.resolve("198.51.100.9", List.of("203.0.113.1"))).isEqualTo("198.51.100.9");
        assertThat(BEHIND_PROXIES.resolve("192.0.2.8", List.of("203.0.113.1"))).as("next to a trusted address")
                .isEqualTo("192.0.2.8");
    }

    @Test
    void aTrustedIpv4ProxyNamesTheClient() {
        assertThat(BEHIND_PROXIES.resolve("192.0.2.7", List.of("203.0.113.1"))).isEqualTo("203.0.113.1");
        assertThat(BEHIND_PROXIES.resolve("10.20.30.40", List.of("203.0.113.1:4711"))).as("CIDR, port dropped")
                .isEqualTo("203.0.113.1");
    }

    @Test
    void trustedIpv6ProxiesAndIpv6Clients() {
        assertThat(BEHIND_PROXIES.resolve("2001:db8:1:ffff::2", List.of("[2001:db8:99::5]:443")))
                .isEqualTo("2001:db8:99:0:0:0:0:5");
        assertThat(BEHIND_PROXIES.resolve("0:0:0:0:0:0:0:1", List.of("2001:DB8:99::5")))
                .isEqualTo("2001:db8:99:0:0:0:0:5");
        assertThat(BEHIND_PROXIES.resolve("2001:db8:2::1", List.of("203.0.113.1"))).as("outside the /48")
                .isEqualTo("2001:db8:2:0:0:0:0:1");
    }

    @Test
    void theRightMostUntrustedHopIsTheClientSoASpoofedLeftPartIsIgnored() {
        List<String> hops = List.of("6.6.6.6, 203.0.113.1", "10.0.0.5, 192.0.2.7");

        assertThat(BEHIND_PROXIES.resolve("10.1.1.1", hops)).isEqualTo("203.0.113.1");
    }

    @Test
    void whenEveryHopIsTrustedTheFarthestIsTheClient() {
        assertThat(BEHIND_PROXIES.resolve("10.1.1.1", List.of("10.9.9.9, 10.0.0.5"))).isEqualTo("10.9.9.9");
        assertThat(BEHIND_PROXIES.resolve("10.1.1.1", List.of())).as("no header").isEqualTo("10.1.1.1");
    }

    @Test
    void garbageOrHostNamesInTheHeaderStopTheWalkAtTheLastTrustedHop() {
        assertThat(BEHIND_PROXIES.resolve("10.1.1.1", List.of("evil.example.org, 10.0.0.5")))
                .isEqualTo("10.0.0.5");
        assertThat(BEHIND_PROXIES.resolve("10.1.1.1", List.of("unknown"))).isEqualTo("10.1.1.1");
        assertThat(BEHIND_PROXIES.resolve("10.1.1.1", List.of("dead.beef"))).as("looks hex, is a host name")
                .isEqualTo("10.1.1.1");
        assertThat(BEHIND_PROXIES.resolve("10.1.1.1", List.of("999.1.1.1"))).isEqualTo("10.1.1.1");
    }

    @Test
    void aBadSettingIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> ClientAddress.trusting("proxy.internal")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientAddress.trusting("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
