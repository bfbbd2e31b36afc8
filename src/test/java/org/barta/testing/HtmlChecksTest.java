package org.barta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page checks used by the site tests find what they are meant to find, without the network. */
class HtmlChecksTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="UTF-8"><title>T</title></head>
            <body><main>%s</main></body></html>""";

    @Test
    void aValidPageHasNoErrors() {
        assertThat(HtmlChecks.validationErrors(PAGE.formatted("<h1>Title</h1><p>Text</p>"))).isEmpty();
    }

    @Test
    void xhtmlStyleVoidElementsAreValid() {
        assertThat(HtmlChecks.validationErrors(PAGE.formatted("<h1>Title</h1><p>Line<br/>break</p>"))).isEmpty();
    }

    @Test
    void obsoleteTableAttributesAndAnImageWithoutSourceAreErrors() {
        assertThat(HtmlChecks.validationErrors(PAGE.formatted(
                "<table cellpadding=\"0\" border=\"0\"><tr><td>x</td></tr></table><img alt=\"x\">")))
                .anySatisfy(e -> assertThat(e).contains("cellpadding"))
                .anySatisfy(e -> assertThat(e).contains("src"));
    }

    @Test
    void headingsThatSkipALevelAreFound() {
        assertThat(HtmlChecks.headingOrderProblems("<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2>")).isEmpty();
        assertThat(HtmlChecks.headingOrderProblems("<h1>a</h1><h3>b</h3>")).containsExactly("h3 after h1: b");
        assertThat(HtmlChecks.headingOrderProblems("<h2>a</h2>")).containsExactly("h2 after no heading: a");
    }
}
