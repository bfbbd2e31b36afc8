package org.barta.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready} is UP only while the database answers and the schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Inject
    DatabaseMigration migration;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", migration.isDone());
        try (Connection connection = dataSource.getConnection()) {
            boolean reachable = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            return response.withData("reachable", reachable).status(reachable && migration.isDone()).build();
        } catch (SQLException e) {
            return response.withData("reachable", false).withData("error", e.getMessage()).down().build();
        }
    }
}
