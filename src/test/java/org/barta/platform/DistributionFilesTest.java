package org.barta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.testing.NginxSite;
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

        assertThat(run(dir, "systemd-analyze", "verify", unit.toString())).as("systemd's remarks").isEmpty();
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(command[0] + " is needed to check the distribution's files: install it "
                    + "(Debian: apt-get install systemd)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(command[0] + " ended").isTrue();
        assertThat(process.exitValue()).as(command[0] + " said: " + output).isZero();
        return output;
    }
}
