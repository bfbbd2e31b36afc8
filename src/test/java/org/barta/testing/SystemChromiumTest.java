package org.barta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemChromiumTest {

    @TempDir
    Path dir;

    @Test
    void aBrowserAndItsDriverOnThePathAreUsed() throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path browser = executable(bin.resolve("chromium"));
        Path driver = executable(bin.resolve("chromedriver"));

        assertThat(SystemChromium.onPath(dir.resolve("empty") + File.pathSeparator + bin))
                .contains(new SystemChromium(browser, driver));
    }

    @Test
    void aBrowserWithoutItsDriverIsNotEnough() throws Exception {
        executable(dir.resolve("chromium"));
        Files.writeString(dir.resolve("chromedriver"), "not executable");

        assertThat(SystemChromium.onPath(dir.toString())).isEmpty();
        assertThat(SystemChromium.onPath(null)).isEmpty();
    }

    private static Path executable(Path file) throws Exception {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
