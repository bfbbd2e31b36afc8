package org.barta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportJobTest {

    @Test
    void aSnapshotKeepsShowingWhereTheImportStoodWhenItWasTaken() {
        ImportJob job = new ImportJob("j1", "volunteers.csv", "editor", ConsentMode.HAVE_CONSENT, 3);
        ImportJob whileRunning = job.snapshot();

        job.imported(2);
        job.refused(new ImportReportRow(4, "not-an-address", ImportOutcome.INVALID_ADDRESS));
        job.rowsDone(3);
        job.finish();

        assertThat(whileRunning.isRunning()).isTrue();
        assertThat(whileRunning.getRowsDone()).isZero();
        assertThat(whileRunning.getCounts()).isEmpty();
        assertThat(whileRunning.getRefused()).isEmpty();

        ImportJob ended = job.snapshot();
        assertThat(ended.getState()).isEqualTo(ImportJob.State.FINISHED);
        assertThat(ended.getPercent()).isEqualTo(100);
        assertThat(ended.getRowsDone()).isEqualTo(3);
        assertThat(ended.count(ImportOutcome.IMPORTED)).isEqualTo(2);
        assertThat(ended.getRefused()).extracting(ImportReportRow::email).containsExactly("not-an-address");
        assertThat(ended.getStartedAt()).isEqualTo(job.getStartedAt());
    }
}
