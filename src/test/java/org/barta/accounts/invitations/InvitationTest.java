package org.barta.accounts.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.barta.accounts.Role;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant SENT = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void anInvitationIsPendingFor72HoursThenExpired() {
        Invitation invitation = sent();

        assertThat(invitation.state(SENT.plusSeconds(71 * 3600 + 3599))).isEqualTo(Invitation.State.PENDING);
        assertThat(invitation.state(SENT.plusSeconds(72 * 3600))).isEqualTo(Invitation.State.EXPIRED);
    }

    @Test
    void sendingAgainStartsTheTimeAgain() {
        Invitation invitation = sent();
        Instant later = SENT.plusSeconds(100 * 3600);

        invitation.newToken("b".repeat(64), later);

        assertThat(invitation.state(later.plusSeconds(71 * 3600))).isEqualTo(Invitation.State.PENDING);
    }

    @Test
    void usedAndRevokedAreFinalWhateverTheTime() {
        Invitation used = sent();
        used.used(7, SENT.plusSeconds(60));
        Invitation revoked = sent();
        revoked.revoked(SENT.plusSeconds(60));

        assertThat(used.state(SENT.plusSeconds(120))).isEqualTo(Invitation.State.USED);
        assertThat(used.state(SENT.plusSeconds(100 * 3600))).isEqualTo(Invitation.State.USED);
        assertThat(revoked.state(SENT.plusSeconds(120))).isEqualTo(Invitation.State.REVOKED);
    }

    private static Invitation sent() {
        Invitation invitation = new Invitation("nadia", "Nadia Islam", "nadia@example.org", Role.EDITOR, 1L);
        invitation.newToken("a".repeat(64), SENT);
        return invitation;
    }
}
