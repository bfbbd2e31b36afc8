package org.barta.newsletter.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VerpCodecTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final VerpCodec codec = new VerpCodec("bounces@example.org", KEY);

    @Test
    void anEnvelopeSenderNamesEditionAndSubscriberWithAShortLowerCaseTag() {
        String address = codec.encode(7, 1001);

        assertThat(address).matches("bounces\\+7-1001-[a-z2-7]{10}@example\\.org");
        assertThat(codec.decode(address)).contains(new VerpRecipient(7, 1001));
        assertThat(codec.decode("<" + address + ">")).as("as in a Return-Path").contains(new VerpRecipient(7, 1001));
        assertThat(codec.encode(7, 1001)).as("stable").isEqualTo(address);
        assertThat(codec.encode(7, 1002)).isNotEqualTo(address);
        assertThat(codec.decode(codec.encode(Long.MAX_VALUE, 0))).contains(new VerpRecipient(Long.MAX_VALUE, 0));
    }

    @Test
    void mailServersChangingTheCaseOfTheAddressDoNotMatter() {
        String address = codec.encode(7, 1001);

        assertThat(codec.decode(address.toUpperCase(Locale.ROOT))).contains(new VerpRecipient(7, 1001));
        assertThat(codec.decode(address.replace("@example.org", "@Example.ORG"))).contains(new VerpRecipient(7, 1001));
        assertThat(new VerpCodec("Bounces@Example.org", KEY).decode(address)).contains(new VerpRecipient(7, 1001));
    }

    @Test
    void forgedOrAlteredTagsNameNobody() {
        String address = codec.encode(7, 1001);
        String tag = address.substring(address.lastIndexOf('-') + 1, address.indexOf('@'));
        char changed = tag.charAt(0) == 'a' ? 'b' : 'a';

        assertThat(codec.decode(address.replace(tag, changed + tag.substring(1)))).as("one character").isEmpty();
        assertThat(codec.decode("bounces+7-1002-" + tag + "@example.org")).as("another subscriber, same tag").isEmpty();
        assertThat(codec.decode("bounces+8-1001-" + tag + "@example.org")).as("another edition").isEmpty();
        assertThat(codec.decode("bounces+07-1001-" + tag + "@example.org")).as("leading zero").isEmpty();
        assertThat(codec.decode("bounces+7-1001-" + tag.substring(1) + "@example.org")).as("short tag").isEmpty();
        assertThat(codec.decode("bounces+7-1001-aaaaaaaaaa@example.org")).isEmpty();
        assertThat(codec.decode("bounces+99999999999999999999-1-aaaaaaaaaa@example.org")).as("overflow").isEmpty();
        assertThat(new VerpCodec("bounces@example.org", "another installation's key".getBytes()).decode(address))
                .isEmpty();
        assertThat(codec.isVerp("bounces+7-1001-aaaaaaaaaa@example.org")).as("forged, yet of our form").isTrue();
    }

    @Test
    void otherAddressesAreNotOurs() {
        String address = codec.encode(7, 1001);

        assertThat(codec.decode(address.replace("@example.org", "@example.net"))).as("other domain").isEmpty();
        assertThat(codec.decode(address.replace("@example.org", "@mail.example.org"))).as("subdomain").isEmpty();
        assertThat(codec.decode(address.replace("bounces+", "news+"))).as("other mailbox").isEmpty();
        assertThat(codec.decode("bounces@example.org")).isEmpty();
        assertThat(codec.decode("ayesha@example.net")).isEmpty();
        assertThat(codec.decode("")).isEmpty();
        assertThat(codec.decode(null)).isEmpty();
        assertThat(codec.isVerp("bounces@example.org")).isFalse();
        assertThat(codec.isVerp(address.replace("@example.org", "@example.net"))).isFalse();
    }

    @Test
    void theBounceAddressMustBeAPlainMailbox() {
        assertThatThrownBy(() -> new VerpCodec("bounces+x@example.org", KEY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerpCodec("Barta <bounces@example.org>", KEY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerpCodec("bounces", KEY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.encode(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
