package org.barta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.barta.content.ContentItem;
import org.barta.content.ContentKind;
import org.barta.content.ContentRepository;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;
import org.barta.platform.scheduling.SchedulerLifecycle;
import org.barta.testing.Deployments;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;

/** The deployed application: schema migrated, ready, scheduler clustered, Bangla stored unchanged. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    /** Quartz job used to prove that jobs are built by CDI and run on the container's threads. */
    @Dependent
    public static class LatchJob implements Job {
        static final CountDownLatch FIRED = new CountDownLatch(1);

        @Inject
        DatabaseMigration migration;

        @Override
        public void execute(JobExecutionContext context) {
            if (migration != null && migration.isDone()) {
                FIRED.countDown();
            }
        }
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    ContentRepository contentRepository;

    @Inject
    SchedulerLifecycle scheduler;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Test
    @RunAsClient
    void readinessIsUpOnceTheDatabaseIsMigrated(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> health = new WebClient(base.toURI()).get("/health/ready");

        assertThat(health.statusCode()).isEqualTo(200);
        String body = health.body().replaceAll("\\s", "");
        assertThat(body).startsWith("{\"status\":\"UP\"").contains("\"name\":\"database\"")
                .containsPattern("\"migrated\":\"?true\"?").containsPattern("\"reachable\":\"?true\"?");
    }

    @Test
    void everyMigrationRanSuccessfully() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "select version, success from flyway_schema_history where version is not null order by installed_rank")) {
            int count = 0;
            while (rs.next()) {
                count++;
                assertThat(rs.getBoolean("success")).as("migration " + rs.getString("version")).isTrue();
            }
            assertThat(count).isGreaterThanOrEqualTo(4);
        }
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("select count(*) from QRTZ_LOCKS")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void schedulerIsClusteredAndRunsCdiJobs() throws Exception {
        Scheduler quartz = scheduler.scheduler();
        assertThat(quartz.isStarted()).isTrue();
        assertThat(quartz.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(quartz.getMetaData().isJobStoreSupportsPersistence()).isTrue();

        quartz.scheduleJob(JobBuilder.newJob(LatchJob.class).withIdentity("latch-" + System.nanoTime()).build(),
                TriggerBuilder.newTrigger().startNow().build());

        assertThat(LatchJob.FIRED.await(30, TimeUnit.SECONDS)).as("job fired through the JDBC job store").isTrue();
    }

    @Test
    void banglaTextIsStoredAndReturnedUnchanged() throws Exception {
        String title = "নারী ও শিশু নির্যাতন প্রতিরোধে জরুরি পদক্ষেপ চাই ✊🏽";
        String body = "<p>আইন ও সালিশ কেন্দ্র (আসক) গভীর উদ্বেগ প্রকাশ করছে। যুক্তাক্ষর: ক্ষ, জ্ঞ, ন্ত্র, ঙ্ক।</p>";
        ContentItem item = new ContentItem(ContentKind.PRESS_STATEMENT);
        item.translate(Language.BN, title, "bangla-round-trip-" + System.nanoTime(), "সারসংক্ষেপ", body);
        transaction.begin();
        contentRepository.add(item);
        transaction.commit();

        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select title, body, char_length(title) from content_translation where item_id = ? and language = 'bn'")) {
            select.setLong(1, item.getId());
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(title);
                assertThat(rs.getString(2)).isEqualTo(body);
                assertThat(rs.getInt(3)).isEqualTo(title.codePointCount(0, title.length()));
            }
        }
        ContentTranslation reloaded = contentRepository.find(item.getId()).orElseThrow()
                .translation(Language.BN).orElseThrow();
        assertThat(reloaded.getTitle()).isEqualTo(title);
        assertThat(reloaded.getBody()).isEqualTo(body);
    }
}
