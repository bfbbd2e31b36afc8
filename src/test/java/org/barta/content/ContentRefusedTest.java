package org.barta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.barta.content.ContentRefused.Reason;
import org.barta.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reasons content is refused for: each has its message in both languages; a language's refusal names it. */
class ContentRefusedTest {

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonHasItsMessageInEnglishAndBangla(Reason reason) throws IOException {
        assertThat(bundle("messages.properties").getProperty(reason.key())).as(reason.key()).isNotBlank();
        assertThat(bundle("messages_bn.properties").getProperty(reason.key())).as(reason.key()).isNotBlank();
    }

    @Test
    void aRefusalOfOneLanguagesTextNamesTheLanguageLastAndItsField() {
        ContentRefused taken = ContentRefused.in(Language.BN, Reason.SLUG_TAKEN, "মানবাধিকার");

        assertThat(taken).isInstanceOf(BusinessException.class).hasMessageContaining("content.slugTaken");
        assertThat(taken.messageKey()).isEqualTo("content.slugTaken");
        assertThat(taken.arguments()).containsExactly("মানবাধিকার", "lang.bn");
        assertThat(taken.reason().field()).hasValue("slug");
        assertThat(taken.language()).hasValue(Language.BN);
    }

    @Test
    void aWorkflowRefusalConcernsNoFieldUnlessItsReasonNamesOne() {
        ContentRefused refused = new ContentRefused(Reason.ROLE_REFUSED, "action.PUBLISH");

        assertThat(refused.messageKey()).isEqualTo("workflow.roleRefused");
        assertThat(refused.arguments()).containsExactly("action.PUBLISH");
        assertThat(refused.reason().field()).isEmpty();
        assertThat(refused.language()).isEmpty();
        assertThat(Reason.PUBLISH_WITHOUT_EVENT_DETAILS.field()).hasValue("eventType");
        assertThat(Reason.PUBLISH_WITHOUT_REPORT_DATE.field()).hasValue("publicationDate");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ContentRefusedTest.class.getResourceAsStream("/org/barta/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
