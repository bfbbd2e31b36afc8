package org.barta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.barta.platform.DataSourceConfiguration;
import org.barta.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The copy of an import's progress that every instance reads, against the real database: an import another
 * instance runs (recorded, never in this instance's memory) is shown here with its counts and refused rows, one
 * whose instance stopped reads as cut off, and ended imports are forgotten with the addresses of their report.
 */
@ExtendWith(ArquillianExtension.class)
class ImportProgressIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    ImportProgressRepository recorded;

    @Inject
    SubscriberImports imports;

    @Inject
    ImportWriter writer;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Test
    void anImportRunningOnAnotherInstanceIsShownHereAsItStands() {
        ImportJob elsewhere = new ImportJob(UUID.randomUUID().toString(), "partners.csv", "other-editor",
                ConsentMode.HAVE_CONSENT, 3000);
        writer.progress(elsewhere);
        elsewhere.refused(new ImportReportRow(7, "not-an-address", ImportOutcome.INVALID_ADDRESS));
        elsewhere.refused(new ImportReportRow(3, "known@example.org", ImportOutcome.ALREADY_SUBSCRIBED));
        elsewhere.imported(998);
        elsewhere.rowsDone(1000);
        writer.progress(elsewhere);

        ImportJob shown = imports.job(elsewhere.getId()).orElseThrow();

        assertThat(shown).isNotSameAs(elsewhere);
        assertThat(shown.getState()).isEqualTo(ImportJob.State.RUNNING);
        assertThat(shown.getRowsDone()).isEqualTo(1000);
        assertThat(shown.getPercent()).isEqualTo(33);
        assertThat(shown.getStartedAt()).isEqualTo(elsewhere.getStartedAt());
        assertThat(shown.getCounts()).isEqualTo(Map.of(ImportOutcome.IMPORTED, 998L,
                ImportOutcome.INVALID_ADDRESS, 1L, ImportOutcome.ALREADY_SUBSCRIBED, 1L));
        assertThat(shown.getRefused()).extracting(ImportReportRow::rowNumber).containsExactly(3L, 7L);
        assertThat(imports.recent()).extracting(ImportJob::getId).contains(elsewhere.getId());

        elsewhere.rowsDone(3000);
        elsewhere.fail("subscribers.import.failed", 3000L);
        writer.progress(elsewhere);
        ImportJob ended = imports.job(elsewhere.getId()).orElseThrow();
        assertThat(ended.getState()).isEqualTo(ImportJob.State.FAILED);
        assertThat(ended.getFailureArguments()).as("a number stays a number, for its message").containsExactly(3000L);
        assertThat(ended.getPercent()).isEqualTo(100);
    }

    @Test
    void anImportWhoseInstanceStoppedReadsAsCutOffWithWhatItDid() throws SQLException {
        ImportJob orphan = new ImportJob(UUID.randomUUID().toString(), "big.csv", "other-editor",
                ConsentMode.SEND_CONFIRMATION, 10_000);
        orphan.imported(4000);
        orphan.rowsDone(4000);
        writer.progress(orphan);
        assertThat(recorded.find(orphan.getId()).orElseThrow().getState()).isEqualTo(ImportJob.State.RUNNING);

        lastWritten(orphan, ImportProgressRepository.CUT_OFF.toSeconds() + 5);

        ImportJob shown = imports.job(orphan.getId()).orElseThrow();
        assertThat(shown.getState()).isEqualTo(ImportJob.State.INTERRUPTED);
        assertThat(shown.isRunning()).isFalse();
        assertThat(shown.getPercent()).as("what it did, not 100").isEqualTo(40);
    }

    @Test
    void endedImportsAreForgottenWithTheAddressesOfTheirReports() throws SQLException {
        ImportJob old = new ImportJob(UUID.randomUUID().toString(), "old.csv", "other-editor",
                ConsentMode.HAVE_CONSENT, 1);
        old.refused(new ImportReportRow(2, "someone@example.org", ImportOutcome.BOUNCED));
        old.rowsDone(1);
        old.finish();
        writer.progress(old);

        recorded.forgetEndedBefore(Instant.now().plusSeconds(60));

        assertThat(recorded.find(old.getId())).isEmpty();
        try (Connection c = dataSource.getConnection(); PreparedStatement count = c.prepareStatement(
                "SELECT COUNT(*) FROM subscriber_import_refusal WHERE import_id = ?")) {
            count.setString(1, old.getId());
            var rows = count.executeQuery();
            rows.next();
            assertThat(rows.getLong(1)).as("its refused addresses").isZero();
        }
    }

    private void lastWritten(ImportJob job, long secondsAgo) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE subscriber_import SET updated_at = UTC_TIMESTAMP(3) - INTERVAL ? SECOND WHERE id = ?")) {
            update.setLong(1, secondsAgo);
            update.setString(2, job.getId());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
