package org.barta.platform.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates Quartz's JDBC job store tables from the DDL that ships inside the Quartz jar, so the schema always
 * matches the Quartz version on the classpath. The script's DROP and COMMIT statements are skipped: this
 * migration only ever runs on a schema that has no Quartz tables yet.
 */
public class V4__QuartzJobStore extends BaseJavaMigration {

    static final String QUARTZ_DDL = "org/quartz/impl/jdbcjobstore/tables_mysql_innodb.sql";

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements(readDdl())) {
                statement.execute(sql);
            }
        }
    }

    static List<String> statements(String script) {
        String withoutComments = Arrays.stream(script.split("\n"))
                .filter(line -> !line.stripLeading().startsWith("#") && !line.stripLeading().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(sql -> !sql.isEmpty())
                .filter(sql -> sql.toUpperCase(Locale.ROOT).startsWith("CREATE"))
                .toList();
    }

    private static String readDdl() throws IOException {
        try (InputStream in = V4__QuartzJobStore.class.getClassLoader().getResourceAsStream(QUARTZ_DDL)) {
            if (in == null) {
                throw new IllegalStateException("Quartz DDL not found on the classpath: " + QUARTZ_DDL);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
