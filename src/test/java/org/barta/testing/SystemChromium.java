package org.barta.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A Chromium and its chromedriver installed on the system (Debian's, or any on the PATH). */
record SystemChromium(Path browser, Path driver) {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

    static Optional<SystemChromium> onPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        List<Path> dirs = Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank()).map(Path::of).toList();
        Optional<Path> browser = BROWSERS.stream().map(name -> find(dirs, name)).flatMap(Optional::stream).findFirst();
        Optional<Path> driver = find(dirs, "chromedriver");
        return browser.isPresent() && driver.isPresent()
                ? Optional.of(new SystemChromium(browser.get(), driver.get()))
                : Optional.empty();
    }

    private static Optional<Path> find(List<Path> dirs, String name) {
        return dirs.stream().map(dir -> dir.resolve(name)).filter(Files::isExecutable).findFirst();
    }
}
