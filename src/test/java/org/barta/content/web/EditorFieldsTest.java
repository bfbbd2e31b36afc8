package org.barta.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.barta.content.ContentRefused;
import org.barta.content.ContentRefused.Reason;
import org.barta.content.Language;
import org.barta.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** A refusal of the service is shown beside the editor field its reason names, in its language's tab. */
class EditorFieldsTest {

    @Test
    void aLanguagesFieldIsInThatLanguagesTab() {
        assertThat(EditorFields.clientId(ContentRefused.in(Language.EN, Reason.SLUG_TAKEN, "taken")))
                .isEqualTo("editor:languages:slug_en");
        assertThat(EditorFields.clientId(ContentRefused.in(Language.BN, Reason.TITLE_MISSING)))
                .isEqualTo("editor:languages:title_bn");
    }

    @Test
    void theKindsFieldsAreInTheForm() {
        assertThat(EditorFields.clientId(new ContentRefused(Reason.PUBLISH_WITHOUT_EVENT_DETAILS)))
                .isEqualTo("editor:eventType");
        assertThat(EditorFields.clientId(new ContentRefused(Reason.PUBLISH_WITHOUT_REPORT_DATE)))
                .isEqualTo("editor:publicationDate");
        assertThat(EditorFields.clientId(new ContentRefused(Reason.WEBSITE_INVALID))).isEqualTo("editor:website");
    }

    @Test
    void everythingElseAtTheTop() {
        assertThat(EditorFields.clientId(new ContentRefused(Reason.CHANGED_BY_OTHER))).isNull();
        assertThat(EditorFields.clientId(new ContentRefused(Reason.NOT_FROM_STATE, "action.ARCHIVE", "state.DRAFT")))
                .isNull();
        assertThat(EditorFields.clientId(new BusinessException("media.notFound"))).isNull();
    }
}
