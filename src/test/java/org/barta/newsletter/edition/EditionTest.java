package org.barta.newsletter.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.barta.content.Language;
import org.barta.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** An edition can be written only while it is a draft, and approval needs a time. */
class EditionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    void aDraftIsWrittenPerLanguage() {
        Edition edition = draft();
        edition.write(Language.BN, "নভেম্বরের নিউজলেটার", "<p>ভূমিকা</p>", NOW);
        assertThat(edition.subject(Language.BN)).isEqualTo("নভেম্বরের নিউজলেটার");
        assertThat(edition.subject(Language.EN)).isNull();
    }

    @Test
    void approvalNeedsATimeAndFreezesTheText() {
        Edition edition = draft();
        assertThatThrownBy(() -> edition.approve(1, null, 1, NOW)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("noSchedule");
        assertThat(edition.approve(1, NOW.plusSeconds(3600), 1, NOW)).isTrue();
        assertThat(edition.getState()).isEqualTo(EditionState.APPROVED);
        assertThatThrownBy(() -> edition.write(Language.EN, "late", null, NOW)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("notEditable");
        edition.withdrawApproval(NOW);
        assertThat(edition.getState()).isEqualTo(EditionState.DRAFT);
        assertThatThrownBy(() -> edition.withdrawApproval(NOW)).isInstanceOf(BusinessException.class);
    }

    @Test
    void anExtraEditionStartsEmptyAndUnscheduled() {
        Edition extra = Edition.extra(null, YearMonth.of(2026, 12), 3L, NOW);
        assertThat(extra.isExtra()).isTrue();
        assertThat(extra.getSeries()).isEqualTo(EditionSeries.EXTRA);
        assertThat(extra.getNumber()).isNull();
        assertThat(extra.getSendAt()).isNull();
        assertThat(extra.getAudienceId()).isEqualTo(3L);
        assertThatThrownBy(() -> extra.approve(1, null, 2, NOW)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("noSchedule");
        assertThat(draft().isExtra()).isFalse();
    }

    @Test
    void withFourEyesTheSecondOfTwoEditorsApprovesWhatTheFirstProposed() {
        Edition edition = draft();
        Instant proposed = NOW.plusSeconds(600);
        assertThat(edition.approve(1, proposed, 2, NOW)).isFalse();
        assertThat(edition.getState()).isEqualTo(EditionState.DRAFT);
        assertThat(edition.getProposedBy()).isEqualTo(1L);
        assertThatThrownBy(() -> edition.approve(1, proposed, 2, NOW)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("sameApprover");

        edition.changed(NOW);
        assertThat(edition.getProposedBy()).as("a change voids the first approval").isNull();
        assertThat(edition.approve(1, proposed, 2, NOW)).isFalse();
        assertThat(edition.approve(2, NOW.plusSeconds(60), 2, NOW)).isTrue();
        assertThat(edition.getState()).isEqualTo(EditionState.APPROVED);
        assertThat(edition.getSendAt()).isEqualTo(proposed);
        assertThat(edition.getApprovedBy()).isEqualTo(2L);
        assertThatThrownBy(() -> edition.changed(NOW)).as("approved: frozen").isInstanceOf(BusinessException.class);
    }

    @Test
    void onlyStartedSendsHaveALedger() {
        assertThat(EditionState.DRAFT.hasSend()).isFalse();
        assertThat(EditionState.APPROVED.hasSend()).isFalse();
        assertThat(EditionState.PAUSED.hasSend()).isTrue();
        assertThat(EditionState.SENT.hasSend()).isTrue();
    }

    private static Edition draft() {
        return Edition.monthly(12, YearMonth.of(2026, 12), 1L, NOW.minusSeconds(86_400 * 30L), NOW, NOW.plusSeconds(86_400 * 6L),
                NOW);
    }
}
