package org.barta.accounts.webauthn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.barta.accounts.webauthn.Challenge.Purpose;
import org.junit.jupiter.api.Test;

class ChallengesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final long ACCOUNT = 7;

    private final Challenges challenges = new Challenges();

    @Test
    void aChallengeIsGivenOutOnce() {
        Challenge issued = challenges.issue(Purpose.SIGN_IN, ACCOUNT, NOW);

        assertThat(challenges.take(Purpose.SIGN_IN, ACCOUNT, NOW.plusSeconds(5)))
                .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(issued.value()));
        assertThat(challenges.take(Purpose.SIGN_IN, ACCOUNT, NOW.plusSeconds(6))).as("used up").isEmpty();
    }

    @Test
    void anExpiredChallengeIsRefusedAndGone() {
        challenges.issue(Purpose.CONFIRM, ACCOUNT, NOW);
        assertThat(challenges.take(Purpose.CONFIRM, ACCOUNT, NOW.plus(Challenge.LIFETIME))).isEmpty();

        challenges.issue(Purpose.CONFIRM, ACCOUNT, NOW);
        assertThat(challenges.take(Purpose.CONFIRM, ACCOUNT, NOW.plus(Challenge.LIFETIME).minusMillis(1)))
                .isPresent();
        assertThat(Challenge.LIFETIME).isLessThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aChallengeServesOnlyItsPurposeAndAccount() {
        challenges.issue(Purpose.REGISTER, ACCOUNT, NOW);
        assertThat(challenges.take(Purpose.SIGN_IN, ACCOUNT, NOW)).as("another purpose").isEmpty();
        assertThat(challenges.take(Purpose.REGISTER, ACCOUNT + 1, NOW)).as("another account").isEmpty();
        assertThat(challenges.take(Purpose.REGISTER, ACCOUNT, NOW)).as("a refused try uses it up").isEmpty();
    }

    @Test
    void aNewChallengeReplacesTheOldOneOfItsPurpose() {
        Challenge first = challenges.issue(Purpose.SIGN_IN, ACCOUNT, NOW);
        Challenge second = challenges.issue(Purpose.SIGN_IN, ACCOUNT, NOW);
        Challenge other = challenges.issue(Purpose.CONFIRM, ACCOUNT, NOW);

        assertThat(first.value()).hasSize(32).isNotEqualTo(second.value());
        assertThat(challenges.take(Purpose.SIGN_IN, ACCOUNT, NOW))
                .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(second.value()));
        assertThat(challenges.take(Purpose.CONFIRM, ACCOUNT, NOW))
                .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(other.value()));
    }
}
