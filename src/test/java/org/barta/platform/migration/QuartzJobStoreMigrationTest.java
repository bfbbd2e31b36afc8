package org.barta.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuartzJobStoreMigrationTest {

    @Test
    void takesEveryCreateStatementFromTheQuartzScriptAndNothingElse() throws Exception {
        String script;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(V4__QuartzJobStore.QUARTZ_DDL)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        List<String> statements = V4__QuartzJobStore.statements(script);

        assertThat(statements).allMatch(sql -> sql.startsWith("CREATE"));
        assertThat(statements).filteredOn(sql -> sql.startsWith("CREATE TABLE")).hasSize(11);
        assertThat(statements).anyMatch(sql -> sql.contains("QRTZ_LOCKS"));
        assertThat(statements).noneMatch(sql -> sql.contains("#"));
    }
}
