package org.barta.accounts.webauthn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelyingPartyTest {

    @Test
    void theOriginAndIdComeFromThePublicAddress() {
        assertThat(RelyingParty.Address.of("https://News.Example.org/"))
                .contains(new RelyingParty.Address("https://news.example.org", "news.example.org"));
        assertThat(RelyingParty.Address.of("http://localhost:8080"))
                .contains(new RelyingParty.Address("http://localhost:8080", "localhost"));
        assertThat(RelyingParty.Address.of(" https://example.org:8443/barta "))
                .contains(new RelyingParty.Address("https://example.org:8443", "example.org"));
    }

    @Test
    void anIpAddressCannotBeARelyingParty() {
        assertThat(RelyingParty.Address.of("http://127.0.0.1:8080")).isEmpty();
        assertThat(RelyingParty.Address.of("http://[::1]:8080")).isEmpty();
        assertThat(RelyingParty.Address.of("ftp://example.org")).isEmpty();
        assertThat(RelyingParty.Address.of("not a url")).isEmpty();
    }
}
