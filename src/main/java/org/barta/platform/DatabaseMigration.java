package org.barta.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with {@code db/migration} before anything else touches the database.
 * Other start-up beans declare {@code @DependsOn("DatabaseMigration")}.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    private volatile boolean done;

    @PostConstruct
    void migrate() {
        Config config = ConfigProvider.getConfig();
        for (String required : new String[] {"barta.db.url", "barta.db.user", "barta.db.password"}) {
            if (config.getOptionalValue(required, String.class).isEmpty()) {
                throw new IllegalStateException("Setting " + required + " is missing: set the environment variable "
                        + required.toUpperCase(java.util.Locale.ROOT).replace('.', '_') + " (see README.md)");
            }
        }
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:org/barta/platform/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        done = true;
    }

    public boolean isDone() {
        return done;
    }
}
