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

    /** The messages of the form rules (Jakarta Validation's bundle, at the root of the class path). */
    @Test
    void formRulesHaveTheirMessagesInEnglishAndBangla() throws IOException {
        Properties english = load("/ValidationMessages.properties");
        Properties bangla = load("/ValidationMessages_bn.properties");

        assertThat(bangla.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(bangla.stringPropertyNames()).allSatisfy(key -> assertThat(bangla.getProperty(key))
                .as(key).matches(".*[\\u0980-\\u09FF].*"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        String path = name.startsWith("/") ? name : "/org/barta/i18n/" + name;
        try (InputStream in = ResourceBundleConsistencyTest.class.getResourceAsStream(path)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
