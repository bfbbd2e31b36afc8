package org.barta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.barta.content.Language;
import org.junit.jupiter.api.Test;

/** How an address's audiences and its own status move together: per-audience consent, confirmation and leaving. */
class SubscriberMembershipTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Audience NEWSLETTER = new Audience("newsletter", "Newsletter", "নিউজলেটার",
            AudienceVisibility.PUBLIC, T0);
    private static final Audience APPEALS = new Audience("urgent-appeals", "Urgent appeals", "জরুরি আবেদন",
            AudienceVisibility.PUBLIC, T0);
    private static final Audience JOURNALISTS = new Audience("journalists", "Journalists", "সাংবাদিক",
            AudienceVisibility.PRIVATE, T0);

    @Test
    void aSignUpWaitsForConfirmationInEachAudienceItNames() {
        Subscriber s = signedUp(List.of(NEWSLETTER, APPEALS));
        assertThat(s.getStatus()).isEqualTo(SubscriberStatus.PENDING);
        assertThat(s.getMemberships()).extracting(AudienceMember::getStatus)
                .containsExactly(MemberStatus.PENDING, MemberStatus.PENDING);
        assertThat(s.membershipIn(NEWSLETTER).orElseThrow().getConsent().getFromAddress()).isEqualTo("192.0.2.7");
        assertThat(s.membershipIn(NEWSLETTER).orElseThrow().getConsent().getFormTextVersion()).isEqualTo("2026-11");

        s.confirm(T0.plusSeconds(60));
        assertThat(s.getStatus()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(s.getConfirmedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(s.getMemberships()).extracting(AudienceMember::getStatus)
                .containsOnly(MemberStatus.CONFIRMED);
    }

    @Test
    void aConfirmedAddressJoiningAnotherAudienceConfirmsThatOneAgainAndKeepsItsLinks() {
        Subscriber s = signedUp(List.of(NEWSLETTER));
        s.confirm(T0);
        String nonce = s.getLinkNonce();
        assertThat(s.awaitsConfirmation(List.of(NEWSLETTER))).isFalse();
        assertThat(s.awaitsConfirmation(List.of(APPEALS))).isTrue();

        s.requestConfirmation(List.of(APPEALS), null, Language.EN, T0.plusSeconds(5), "192.0.2.8", "2026-11");
        assertThat(s.getStatus()).as("still receives the newsletter").isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(s.membershipIn(APPEALS).orElseThrow().getStatus()).isEqualTo(MemberStatus.PENDING);
        assertThat(s.membershipIn(NEWSLETTER).orElseThrow().getStatus()).isEqualTo(MemberStatus.CONFIRMED);
        assertThat(s.getLinkNonce()).as("the newsletter's links keep working").isEqualTo(nonce);

        s.confirm(T0.plusSeconds(10));
        assertThat(s.membershipIn(APPEALS).orElseThrow().getStatus()).isEqualTo(MemberStatus.CONFIRMED);
        assertThat(s.membershipIn(APPEALS).orElseThrow().getConsent().getFromAddress()).isEqualTo("192.0.2.8");
        assertThat(s.membershipIn(NEWSLETTER).orElseThrow().getConsent().getFromAddress()).isEqualTo("192.0.2.7");
    }

    @Test
    void leavingOneAudienceKeepsTheOthersAndLeavingTheLastUnsubscribesTheAddress() {
        Subscriber s = signedUp(List.of(NEWSLETTER, APPEALS));
        s.confirm(T0);
        s.leave(APPEALS, T0.plusSeconds(30));
        assertThat(s.membershipIn(APPEALS).orElseThrow().getStatus()).isEqualTo(MemberStatus.UNSUBSCRIBED);
        assertThat(s.membershipIn(APPEALS).orElseThrow().getUnsubscribedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(s.getStatus()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(s.getUnsubscribedAt()).isNull();

        s.leave(NEWSLETTER, T0.plusSeconds(40));
        assertThat(s.getStatus()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        assertThat(s.getUnsubscribedAt()).isEqualTo(T0.plusSeconds(40));
    }

    @Test
    void comingBackAfterLeavingEverythingNeedsAConfirmationAndInvalidatesOldLinks() {
        Subscriber s = signedUp(List.of(NEWSLETTER));
        s.confirm(T0);
        s.unsubscribe(T0.plusSeconds(1));
        String nonce = s.getLinkNonce();

        s.requestConfirmation(List.of(NEWSLETTER), null, Language.BN, T0.plusSeconds(2), "192.0.2.9", "2026-11");
        assertThat(s.getStatus()).isEqualTo(SubscriberStatus.PENDING);
        assertThat(s.getLanguage()).isEqualTo(Language.BN);
        assertThat(s.getLinkNonce()).isNotEqualTo(nonce);
        assertThat(s.getMemberships()).hasSize(1);
    }

    @Test
    void anEditorPutsAnAddressIntoAPrivateAudienceOnTheirWord() {
        Subscriber s = Subscriber.addedByEditor("reporter@example.org", "Rina", Language.EN, JOURNALISTS, true, T0,
                "added by editor desk (has their consent)");
        assertThat(s.getStatus()).isEqualTo(SubscriberStatus.CONFIRMED);
        AudienceMember member = s.membershipIn(JOURNALISTS).orElseThrow();
        assertThat(member.getSource()).isEqualTo(SubscriptionSource.ADMIN);
        assertThat(member.getConsent().getNote()).isEqualTo("added by editor desk (has their consent)");
        assertThat(s.membershipIn(NEWSLETTER)).as("not put on the newsletter").isEmpty();

        s.addTo(NEWSLETTER, false, T0.plusSeconds(5), "added by editor desk (confirmation mail)");
        assertThat(s.membershipIn(NEWSLETTER).orElseThrow().getStatus()).isEqualTo(MemberStatus.PENDING);
        assertThat(s.getStatus()).isEqualTo(SubscriberStatus.CONFIRMED);
    }

    @Test
    void aSuppressedAddressStaysSuppressedWhateverItsAudiencesDo() {
        Subscriber s = signedUp(List.of(NEWSLETTER, APPEALS));
        s.confirm(T0);
        s.suppress(SubscriberStatus.BOUNCED);
        s.leave(APPEALS, T0.plusSeconds(1));
        s.confirm(T0.plusSeconds(2));
        assertThat(s.getStatus()).isEqualTo(SubscriberStatus.BOUNCED);
        assertThat(s.membershipIn(NEWSLETTER).orElseThrow().getStatus()).isEqualTo(MemberStatus.CONFIRMED);
    }

    @Test
    void audienceCodesAreShortLowerCaseAsciiFromTheEnglishName() {
        assertThat(AudienceService.codeOf("Journalists & Media")).isEqualTo("journalists-media");
        assertThat(AudienceService.codeOf("  Diplomats and UN  ")).isEqualTo("diplomats-and-un");
        assertThat(AudienceService.codeOf("Café Réseau")).isEqualTo("cafe-reseau");
        assertThat(AudienceService.codeOf("সাংবাদিক")).isEqualTo("audience");
        assertThat(AudienceService.codeOf("A very long name for a list of partner organisations"))
                .hasSizeLessThanOrEqualTo(30).doesNotEndWith("-");
    }

    private static Subscriber signedUp(List<Audience> audiences) {
        Subscriber s = new Subscriber("reader@example.org", null, Language.EN, SubscriptionSource.FORM);
        s.requestConfirmation(audiences, "Reader", Language.EN, T0, "192.0.2.7", "2026-11");
        return s;
    }
}
