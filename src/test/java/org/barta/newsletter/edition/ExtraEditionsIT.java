package org.barta.newsletter.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.content.Language;
import org.barta.newsletter.Audience;
import org.barta.newsletter.AudienceService;
import org.barta.newsletter.AudienceVisibility;
import org.barta.platform.BusinessException;
import org.barta.platform.web.EditorTime;
import org.barta.testing.Deployments;
import org.barta.testing.ServerSql;
import org.barta.testing.ServerWaits;
import org.barta.testing.TestActors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Editions beyond one a month: the monthly series keeps exactly one edition per month however often it is drafted,
 * while editors make extra editions for any audience in the same month; only editions of public audiences take an
 * archive number and appear in the public archive. A send to a private audience needs two editors (four eyes).
 */
@ExtendWith(ArquillianExtension.class)
class ExtraEditionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    AccountService accounts;

    @Inject
    AudienceService audiences;

    @Inject
    EditionService editions;

    @Inject
    EditionRepository repository;

    @Inject
    PublicEditions archive;

    @Inject
    ServerSql sql;

    @Test
    void extraEditionsComeAlongsideTheMonthlyOneAndPrivateOnesStayOutOfTheArchive() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Actor editor = TestActors.ensure(accounts, "extra-editor", Role.EDITOR);
        Actor author = TestActors.ensure(accounts, "extra-author", Role.AUTHOR);
        Instant now = Instant.now();
        YearMonth thisMonth = YearMonth.from(EditorTime.toLocal(now));
        // The job drafts next month's edition on the 25th; drafted a month ago, it is this month's.
        Instant aMonthAgo = EditorTime.toInstant(EditorTime.toLocal(now).minusMonths(1));
        editions.draftNext(aMonthAgo, editor);
        Edition monthly = repository.monthlyFor(thisMonth).orElseThrow();
        assertThat(editions.draftNext(aMonthAgo, editor)).as("one monthly edition per month").isEmpty();

        Audience journalists = audiences.create("Journalists " + tag, "সাংবাদিক " + tag, AudienceVisibility.PRIVATE,
                editor);
        Edition appeal = editions.createExtra(audiences.newsletter().getId(), editor);
        Edition second = editions.createExtra(audiences.newsletter().getId(), editor);
        Edition briefing = editions.createExtra(journalists.getId(), editor);
        for (Edition extra : new Edition[] {appeal, second, briefing}) {
            assertThat(extra.getSeries()).isEqualTo(EditionSeries.EXTRA);
            assertThat(extra.getMonth()).as("filed under this month, beside the monthly one").isEqualTo(thisMonth);
            assertThat(extra.getState()).isEqualTo(EditionState.DRAFT);
        }
        assertThat(monthly.getSeries()).isEqualTo(EditionSeries.MONTHLY);
        assertThat(appeal.getNumber()).isGreaterThan(monthly.getNumber());
        assertThat(second.getNumber()).isEqualTo(appeal.getNumber() + 1);
        assertThat(briefing.getNumber()).as("a private list's edition leaves no gap in the archive").isNull();
        assertThat(repository.filtered(EditionSeries.EXTRA, journalists.getId(), thisMonth, 10))
                .extracting(Edition::getId).containsExactly(briefing.getId());

        assertThatThrownBy(() -> editions.createExtra(journalists.getId(), author))
                .isInstanceOf(BusinessException.class).hasMessageContaining("notAllowed");
        assertThatThrownBy(() -> editions.createExtra(-1, editor))
                .isInstanceOf(BusinessException.class).hasMessageContaining("noAudience");

        // Once sent, the public appeal is in the archive under its number; the journalists' briefing is not.
        editions.write(appeal.getId(), Language.EN, "Appeal " + tag, "<p>Act now.</p>", editor);
        editions.write(briefing.getId(), Language.EN, "Briefing " + tag, "<p>Not for the public.</p>", editor);
        markSent(appeal.getId());
        markSent(briefing.getId());
        assertThat(archive.sent(Language.EN)).extracting(ArchivedEdition::subject)
                .contains("Appeal " + tag).doesNotContain("Briefing " + tag);
        assertThat(archive.edition(appeal.getNumber(), Language.EN)).isPresent();
    }

    @Test
    void aPrivateListsEditionGoesOutOnlyWhenASecondEditorApprovesWhatTheFirstProposed() {
        String tag = Long.toString(System.nanoTime(), 36);
        Actor first = TestActors.ensure(accounts, "eyes-first", Role.EDITOR);
        Actor second = TestActors.ensure(accounts, "eyes-second", Role.EDITOR);
        Actor author = TestActors.ensure(accounts, "eyes-author", Role.AUTHOR);
        Audience diplomats = audiences.create("Diplomats " + tag, "কূটনীতিক " + tag, AudienceVisibility.PRIVATE, first);
        long briefing = editions.createExtra(diplomats.getId(), first).getId();
        editions.write(briefing, Language.EN, "Briefing " + tag, "<p>For the embassies.</p>", first);
        Instant at = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MILLIS);
        assertThat(editions.recipients(briefing, first).approvalsNeeded()).isEqualTo(2);

        assertThat(editions.approve(briefing, at, first)).as("one editor is not enough").isFalse();
        Edition proposed = editions.find(briefing);
        assertThat(proposed.getState()).isEqualTo(EditionState.DRAFT);
        assertThat(proposed.getProposedBy()).isEqualTo(first.accountId());
        assertThat(proposed.getProposedSendAt()).isEqualTo(at);
        assertThatThrownBy(() -> editions.approve(briefing, at, first)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("sameApprover");
        assertThatThrownBy(() -> editions.approve(briefing, at, author)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("notAllowed");

        // A change after the first approval voids it: the second editor approves only what they were shown.
        editions.write(briefing, Language.EN, "Briefing, corrected " + tag, "<p>For the embassies.</p>", first);
        assertThat(editions.find(briefing).getProposedBy()).isNull();
        assertThat(editions.approve(briefing, at, second)).isFalse();
        editions.withdrawProposal(briefing, second);
        assertThat(editions.find(briefing).getProposedBy()).isNull();
        assertThat(editions.approve(briefing, at, second)).isFalse();
        assertThat(editions.approve(briefing, at.plus(Duration.ofDays(1)), first)).as("the second approval").isTrue();
        Edition approved = editions.find(briefing);
        assertThat(approved.getState()).isEqualTo(EditionState.APPROVED);
        assertThat(approved.getSendAt()).as("at the time the first editor proposed").isEqualTo(at);
        assertThat(approved.getApprovedBy()).isEqualTo(first.accountId());

        // A public list's edition needs one approval.
        long appeal = editions.createExtra(audiences.newsletter().getId(), first).getId();
        editions.write(appeal, Language.EN, "Appeal " + tag, "<p>Act now.</p>", first);
        assertThat(editions.recipients(appeal, first).approvalsNeeded()).isOne();
        assertThat(editions.approve(appeal, at, first)).isTrue();

        editions.cancel(briefing, first);
        editions.cancel(appeal, first);
    }

    @Test
    void aSendProposedForNowGoesOutAtOnceWhenTheSecondEditorApprovesMinutesLater() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Actor first = TestActors.ensure(accounts, "eyes-first", Role.EDITOR);
        Actor second = TestActors.ensure(accounts, "eyes-second", Role.EDITOR);
        Audience donors = audiences.create("Donors " + tag, "দাতা " + tag, AudienceVisibility.PRIVATE, first);
        long appeal = editions.createExtra(donors.getId(), first).getId();
        editions.write(appeal, Language.EN, "Urgent " + tag, "<p>Release them now.</p>", first);
        assertThat(editions.approve(appeal, Instant.now(), first)).isFalse();
        // The second editor comes five minutes after the first proposed "now".
        sql.update("UPDATE newsletter_edition SET proposed_send_at = proposed_send_at - INTERVAL 5 MINUTE WHERE id = ?",
                appeal);
        Instant approved = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertThat(editions.approve(appeal, Instant.now(), second)).isTrue();

        // Due from now on: Quartz's regular scan takes it, rather than its misfire handler a minute later. A trigger
        // that already fired has no row left, or, until its job completes, a row whose next fire time is -1.
        assertThat(sql.numbers("SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = ?", "send-" + appeal))
                .allMatch(fireTime -> fireTime == -1 || fireTime >= approved.toEpochMilli());
        ServerWaits.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> editions.find(appeal).getState() != EditionState.APPROVED);
    }

    private void markSent(long editionId) throws Exception {
        sql.update("UPDATE newsletter_edition SET state = 'SENT', send_started_at = UTC_TIMESTAMP(3),"
                + " send_finished_at = UTC_TIMESTAMP(3) WHERE id = ?", editionId);
    }
}
