package org.barta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedLinkTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final Instant NOW = Instant.parse("2026-11-24T04:00:00Z");

    @Test
    void aLinkVerifiesForItsPurposeUntilItExpires() {
        SignedLink link = SignedLink.issue(LinkPurpose.CONFIRM, 42, "nonce", NOW, KEY);

        assertThat(link.verify(LinkPurpose.CONFIRM, "nonce", NOW, KEY)).isTrue();
        assertThat(link.verify(LinkPurpose.CONFIRM, "nonce", NOW.plus(Duration.ofDays(7)), KEY)).isTrue();
        assertThat(link.verify(LinkPurpose.CONFIRM, "nonce", NOW.plus(Duration.ofDays(7)).plusSeconds(1), KEY))
                .as("expired").isFalse();
        assertThat(link.verify(LinkPurpose.PREFERENCES, "nonce", NOW, KEY)).as("other purpose").isFalse();
    }

    @Test
    void anyTamperingIsRefused() {
        SignedLink link = SignedLink.issue(LinkPurpose.PREFERENCES, 42, "nonce", NOW, KEY);

        assertThat(new SignedLink(43, link.expiresEpochSecond(), link.token()).verify(LinkPurpose.PREFERENCES, "nonce", NOW, KEY))
                .as("other subscriber").isFalse();
        assertThat(new SignedLink(42, link.expiresEpochSecond() + 86_400, link.token())
                .verify(LinkPurpose.PREFERENCES, "nonce", NOW, KEY)).as("longer life").isFalse();
        assertThat(new SignedLink(42, link.expiresEpochSecond(), link.token().replace('A', 'B') + "x")
                .verify(LinkPurpose.PREFERENCES, "nonce", NOW, KEY)).as("forged token").isFalse();
        assertThat(new SignedLink(42, link.expiresEpochSecond(), null).verify(LinkPurpose.PREFERENCES, "nonce", NOW, KEY))
                .isFalse();
        assertThat(link.verify(LinkPurpose.PREFERENCES, "new-nonce", NOW, KEY)).as("after erase or re-sign-up").isFalse();
        assertThat(link.verify(LinkPurpose.PREFERENCES, "nonce", NOW, "another key, another installation".getBytes()))
                .isFalse();
    }

    @Test
    void aPreviewLinkEndsAtTheEmbargoButStillProvesWhoseItWas() {
        Instant embargo = NOW.plus(Duration.ofHours(20));
        SignedLink link = SignedLink.until(LinkPurpose.PREVIEW, 42, SignedLink.forRelease("nonce", 9), embargo, KEY);

        assertThat(link.expiresEpochSecond()).isEqualTo(embargo.getEpochSecond());
        assertThat(link.verify(LinkPurpose.PREVIEW, SignedLink.forRelease("nonce", 9), embargo, KEY)).isTrue();
        assertThat(link.verify(LinkPurpose.PREVIEW, SignedLink.forRelease("nonce", 9), embargo.plusSeconds(1), KEY))
                .as("after the embargo").isFalse();
        assertThat(link.isAuthentic(LinkPurpose.PREVIEW, SignedLink.forRelease("nonce", 9), KEY))
                .as("issued by us, expired or not").isTrue();
        assertThat(link.isAuthentic(LinkPurpose.PREVIEW, SignedLink.forRelease("nonce", 10), KEY))
                .as("moved to another release").isFalse();
        assertThat(new SignedLink(43, link.expiresEpochSecond(), link.token())
                .isAuthentic(LinkPurpose.PREVIEW, SignedLink.forRelease("nonce", 9), KEY)).as("someone else's").isFalse();
        assertThat(new SignedLink(42, link.expiresEpochSecond() + 3600, link.token())
                .isAuthentic(LinkPurpose.PREVIEW, SignedLink.forRelease("nonce", 9), KEY)).as("lengthened").isFalse();
        assertThat(link.isAuthentic(LinkPurpose.PREFERENCES, SignedLink.forRelease("nonce", 9), KEY)).isFalse();
    }

    @Test
    void anUnsubscribeLinkActsOnTheAudienceItWasIssuedForOnly() {
        SignedLink link = SignedLink.issue(LinkPurpose.UNSUBSCRIBE, 42, SignedLink.forAudience("nonce", 3), NOW, KEY);

        assertThat(link.verify(LinkPurpose.UNSUBSCRIBE, SignedLink.forAudience("nonce", 3), NOW, KEY)).isTrue();
        assertThat(link.verify(LinkPurpose.UNSUBSCRIBE, SignedLink.forAudience("nonce", 4), NOW, KEY))
                .as("pointed at another audience").isFalse();
        assertThat(link.verify(LinkPurpose.UNSUBSCRIBE, "nonce", NOW, KEY)).as("read as a link from before audiences")
                .isFalse();
        assertThat(SignedLink.issue(LinkPurpose.UNSUBSCRIBE, 42, "nonce", NOW, KEY)
                .verify(LinkPurpose.UNSUBSCRIBE, "nonce", NOW, KEY)).as("links mailed before audiences still work")
                .isTrue();
    }

    @Test
    void aOneClickLinkNamesTheSendItCameWithAndCannotBeMovedToAnother() {
        SignedLink signed = SignedLink.issue(LinkPurpose.UNSUBSCRIBE, 42, SignedLink.forSend("nonce", 3, 17), NOW, KEY);
        OneClickLink fromMail = OneClickLink.parse("42", Long.toString(signed.expiresEpochSecond()), signed.token(),
                "3", "17").orElseThrow();

        assertThat(signed.verify(LinkPurpose.UNSUBSCRIBE, fromMail.signed("nonce"), NOW, KEY)).isTrue();
        assertThat(fromMail.query()).isEqualTo(signed.query() + "&a=3&n=17");
        OneClickLink otherSend = new OneClickLink(signed, 3L, 18L);
        assertThat(signed.verify(LinkPurpose.UNSUBSCRIBE, otherSend.signed("nonce"), NOW, KEY))
                .as("counted for another send").isFalse();
        OneClickLink sendDropped = new OneClickLink(signed, 3L, null);
        assertThat(signed.verify(LinkPurpose.UNSUBSCRIBE, sendDropped.signed("nonce"), NOW, KEY))
                .as("the send left out").isFalse();
        assertThat(sendDropped.query()).isEqualTo(signed.query() + "&a=3");
        assertThat(new OneClickLink(signed, null, 17L).query()).as("a send without its audience means nothing")
                .isEqualTo(signed.query());
        assertThat(OneClickLink.parse("42", "x", "t", "3", "17")).isEmpty();
        assertThat(OneClickLink.parse("42", "1", "t", "3", "seventeen")).isEmpty();
    }

    @Test
    void addressesAreCheckedAndLowerCased() {
        assertThat(SubscriptionService.normalize("  Amina.Rahman@Example.ORG ")).hasValue("amina.rahman@example.org");
        assertThat(SubscriptionService.normalize("not an address")).isEmpty();
        assertThat(SubscriptionService.normalize("a@b")).isEmpty();
        assertThat(SubscriptionService.normalize("Amina <amina@example.org>")).isEmpty();
        assertThat(SubscriptionService.normalize("x@example.org, y@example.org")).isEmpty();
        assertThat(SubscriptionService.normalize("a".repeat(250) + "@example.org")).isEmpty();
        assertThat(SubscriptionService.normalize(null)).isEqualTo(Optional.empty());
    }
}
