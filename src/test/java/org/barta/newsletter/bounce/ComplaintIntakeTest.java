package org.barta.newsletter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.barta.newsletter.bounce.ComplaintIntake.Access;
import org.junit.jupiter.api.Test;

class ComplaintIntakeTest {

    private static final Optional<String> TOKEN = Optional.of("s3cret-token-for-the-feedback-loop");

    @Test
    void withoutAConfiguredTokenTheEndpointIsClosed() {
        assertThat(ComplaintIntake.access(Optional.empty(), "Bearer anything")).isEqualTo(Access.CLOSED);
        assertThat(ComplaintIntake.access(Optional.of("  "), "Bearer   ")).isEqualTo(Access.CLOSED);
    }

    @Test
    void onlyTheRightBearerTokenGetsIn() {
        assertThat(ComplaintIntake.access(TOKEN, "Bearer s3cret-token-for-the-feedback-loop")).isEqualTo(Access.GRANTED);
        assertThat(ComplaintIntake.access(TOKEN, "bearer s3cret-token-for-the-feedback-loop"))
                .as("the scheme is case-insensitive").isEqualTo(Access.GRANTED);
        assertThat(ComplaintIntake.access(TOKEN, "Bearer s3cret-token-for-the-feedback-lo")).isEqualTo(Access.REFUSED);
        assertThat(ComplaintIntake.access(TOKEN, "Bearer S3CRET-TOKEN-FOR-THE-FEEDBACK-LOOP")).isEqualTo(Access.REFUSED);
        assertThat(ComplaintIntake.access(TOKEN, "Basic czNjcmV0LXRva2Vu")).isEqualTo(Access.REFUSED);
        assertThat(ComplaintIntake.access(TOKEN, "Bearer ")).isEqualTo(Access.REFUSED);
        assertThat(ComplaintIntake.access(TOKEN, null)).isEqualTo(Access.REFUSED);
    }

    @Test
    void reportsComeAsAMessageOrAsAMultipartReport() {
        assertThat(ComplaintIntake.accepts("message/rfc822")).isTrue();
        assertThat(ComplaintIntake.accepts("multipart/report; report-type=feedback-report; boundary=\"b\"")).isTrue();
        assertThat(ComplaintIntake.accepts("text/plain")).isFalse();
        assertThat(ComplaintIntake.accepts("application/json")).isFalse();
        assertThat(ComplaintIntake.accepts("not a type")).isFalse();
        assertThat(ComplaintIntake.accepts(null)).isFalse();
    }
}
