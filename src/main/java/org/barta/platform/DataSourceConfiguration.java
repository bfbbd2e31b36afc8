package org.barta.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one database connection pool. Payara resolves the {@code MPCONFIG} placeholders from
 * MicroProfile Config, so {@code BARTA_DB_URL}, {@code BARTA_DB_USER} and {@code BARTA_DB_PASSWORD} configure it.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=barta.db.url}",
        user = "${MPCONFIG=barta.db.user}",
        password = "${MPCONFIG=barta.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "characterEncoding=UTF-8",
                "connectionCollation=utf8mb4_unicode_ci",
                // Timestamps are stored in UTC whatever the server's or the JVM's zone.
                "connectionTimeZone=UTC",
                "forceConnectionTimeZoneToSession=true",
                "cachePrepStmts=true",
                // JPA's SQL is long: without these the driver parses most statements again on every execution.
                "prepStmtCacheSize=250",
                "prepStmtCacheSqlLimit=4096",
                "useServerPrepStmts=false",
                "rewriteBatchedStatements=true",
                // A restarted database must not leave dead connections in the pool.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/barta";
}
