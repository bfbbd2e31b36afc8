package org.barta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every user-visible string exists in English and in Bangla. */
class ResourceBundleConsistencyTest {

    @Test
    void englishAndBanglaHaveTheSameKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties bangla = load("messages_bn.properties");

        assertThat(bangla.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void banglaTextIsActuallyBangla() throws IOException {
        Properties bangla = load("messages_bn.properties");

        assertThat(bangla.getProperty("login.title")).matches(".*[\\u0980-\\u09FF].*");
        assertThat(bangla.getProperty("nav.PRESS_STATEMENT")).matches(".*[\\u0980-\\u09FF].*");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ResourceBundleConsistencyTest.class.getResourceAsStream("/org/barta/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
