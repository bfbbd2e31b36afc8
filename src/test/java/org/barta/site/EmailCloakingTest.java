package org.barta.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.barta.content.HtmlSanitizer;
import org.junit.jupiter.api.Test;

class EmailCloakingTest {

    @Test
    void addressesInTextAndMailtoLinksLeaveNoTraceForHarvesters() {
        String stored = HtmlSanitizer.sanitize("<p>Write to media@example.org or "
                + "<a href=\"mailto:desk@example.org?subject=Hello\">desk@example.org</a>, "
                + "or <a href=\"mailto:info@example.org\">our office</a>.</p>");

        String cloaked = EmailCloaking.cloak(stored);

        assertThat(cloaked).doesNotContain("@", "&#64;", "mailto:");
        assertThat(cloaked).contains("media [at] example [dot] org", "desk [at] example [dot] org", ">our office</a>");
        assertThat(cloaked).contains("data-cloak=\"" + EmailCloaking.encode("media@example.org") + "\"")
                .contains("data-cloak=\"" + EmailCloaking.encode("desk@example.org") + "\"")
                .contains("data-cloak=\"" + EmailCloaking.encode("info@example.org") + "\"");
    }

    @Test
    void textWithoutAddressesIsLeftAlone() {
        String html = "<p>No address here, only a <a href=\"https://example.org\">link</a> and @handles.</p>";

        assertThat(EmailCloaking.cloak(html)).isEqualTo(html);
        assertThat(EmailCloaking.cloak(null)).isNull();
    }

    @Test
    void banglaTextAroundAnAddressSurvives() {
        String cloaked = EmailCloaking.cloak("<p>যোগাযোগ: info@example.org (অফিস)</p>");

        assertThat(cloaked).isEqualTo("<p>যোগাযোগ: <a class=\"email\" data-cloak=\""
                + EmailCloaking.encode("info@example.org") + "\">info [at] example [dot] org</a> (অফিস)</p>");
    }

    @Test
    void aBodySeenAgainGetsTheSameCloakAndAnEditedBodyItsOwn() {
        String first = EmailCloaking.cloak("<p>Write to media@example.org today.</p>");
        String edited = EmailCloaking.cloak("<p>Write to desk@example.org today.</p>");

        assertThat(EmailCloaking.cloak("<p>Write to media@example.org today.</p>")).isEqualTo(first);
        assertThat(edited).isNotEqualTo(first).contains("desk [at] example [dot] org").doesNotContain("media");
    }

    @Test
    void snippetsMarkTheSearchedWordsAndEscapeEverythingElse() {
        String snippet = Snippets.around("<p>Employers <b>must</b> register every child domestic worker &lt;now&gt;.</p>",
                Snippets.terms("domestic WORKER"));

        assertThat(snippet).contains("<mark>domestic</mark> <mark>worker</mark>").contains("&lt;now&gt;")
                .doesNotContain("<b>");
        assertThat(Snippets.terms("\"'; DROP -- ক্ষতি x")).containsExactly("DROP", "ক্ষতি");
    }
}
