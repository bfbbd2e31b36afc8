package org.barta.newsletter.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    void aPressReleaseGoesToItsAudiencesInItsLanguagesAndFollowsThePublication() {
        Instant embargo = NOW.plusSeconds(86_400);
        Edition advance = Edition.release(9L, List.of(4L, 5L, 4L), Map.of(5L, 12L), Set.of(Language.BN), embargo,
                NOW.plusSeconds(3_600), YearMonth.of(2026, 11), NOW);
        assertThat(advance.isRelease()).isTrue();
        assertThat(advance.isAdvanceCopy()).isTrue();
        assertThat(advance.getNumber()).as("never in the numbered archive").isNull();
        assertThat(advance.audienceIds()).as("the lead audience first, each once").containsExactly(4L, 5L);
        assertThat(advance.getLanguages()).containsExactly(Language.BN);
        assertThat(advance.segmentFor(5L)).as("audience 5 through its segment 12 only").isEqualTo(12L);
        assertThat(advance.segmentFor(4L)).as("audience 4 whole").isNull();
        assertThatThrownBy(() -> Edition.release(9L, List.of(4L), Map.of(5L, 12L), Set.of(Language.BN), null,
                embargo, YearMonth.of(2026, 11), NOW)).as("a segment of an audience not chosen")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(advance.approve(1, advance.getSendAt(), 2, NOW)).isFalse();

        // A moved embargo is named by the advance copy, and what the first approver saw no longer holds.
        advance.publicationMoved(embargo.plusSeconds(600), NOW);
        assertThat(advance.getEmbargoUntil()).isEqualTo(embargo.plusSeconds(600));
        assertThat(advance.getSendAt()).isEqualTo(NOW.plusSeconds(3_600));
        assertThat(advance.getProposedBy()).isNull();

        Edition atPublication = Edition.release(9L, List.of(4L), Map.of(), Set.of(Language.EN, Language.BN), null,
                embargo, YearMonth.of(2026, 11), NOW);
        assertThat(atPublication.isAdvanceCopy()).isFalse();
        assertThat(atPublication.getLanguages()).containsExactly(Language.EN, Language.BN);
        atPublication.publicationMoved(embargo.plusSeconds(600), NOW);
        assertThat(atPublication.getSendAt()).as("goes out with the statement").isEqualTo(embargo.plusSeconds(600));
        assertThat(draft().getLanguages()).as("an edition goes out in both").containsExactly(Language.EN, Language.BN);
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
