package org.barta.newsletter.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The default theme's newsletter templates read from the source tree, as the WAR packages them. */
final class DefaultThemeTemplates {

    private static final Path FOLDER = Path.of("webapp-themes", "default", NewsletterTemplates.FOLDER);

    private DefaultThemeTemplates() {
    }

    static NewsletterTemplates load() {
        return NewsletterTemplates.load(FOLDER.toString(), name -> {
            Path file = FOLDER.resolve(name);
            try {
                return Files.exists(file) ? Files.readString(file) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
