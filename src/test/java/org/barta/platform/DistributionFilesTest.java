package org.barta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.testing.NginxSite;
import org.barta.testing.Scratch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files the distribution ships for a server (src/dist/etc) are read by the real programs that will read them:
 * nginx checks the site ({@link NginxSite}: a certificate made here in place of the site's), systemd checks the
 * unit. So a typo in either fails here, not on an administrator's server; {@code .ci/run} installs nginx.
 */
class DistributionFilesTest {

    private static final Path ETC = Path.of("src/dist/etc");
    private static final int DEFAULT_UPLOAD_MB = 20;

    @Test
    void nginxAcceptsTheSiteAndTakesTheLargestUpload(@TempDir Path dir) throws Exception {
        String checked = NginxSite.configure(dir, List.of(8080)).check();

        assertThat(checked).contains("test is successful");
        Matcher limit = Pattern.compile("client_max_body_size (\\d+)m;").matcher(Files.readString(NginxSite.SITE));
        assertThat(limit.find()).as("client_max_body_size in megabytes").isTrue();
        assertThat(Integer.parseInt(limit.group(1))).as("nginx's limit against Barta's default upload limit")
                .isGreaterThan(DEFAULT_UPLOAD_MB);
    }

    @Test
    void systemdAcceptsTheUnit(@TempDir Path dir) throws Exception {
        // systemd checks that the program and the environment file exist: the repository's stand in.
        Path unit = dir.resolve("barta.service");
        Files.writeString(unit, Files.readString(ETC.resolve("systemd/barta.service"))
                .replace("/opt/barta/bin/barta", Path.of("src/dist/bin/barta").toAbsolutePath().toString())
                .replace("/etc/barta/barta.env", ETC.resolve("barta.env.example").toAbsolutePath().toString()));

        assertThat(Scratch.runProgram(dir, "Debian: apt-get install systemd", "systemd-analyze", "verify",
                unit.toString())).as("systemd's remarks").isEmpty();
    }
}
