package org.barta.newsletter.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The stylesheet ends up in style attributes as the cascade decides; what cannot be inlined stays in {@code <style>}. */
class CssInlinerTest {

    private static final String CSS = """
            p { color: #111111; margin: 0 0 16px 0; }
            .intro p { color: #222222; }
            #lead { color: #333333; }
            .tight { margin-bottom: 4px; }
            .loose { margin-bottom: 40px; }
            div.loose { margin: 1px; }
            a { color: #8a1538; }
            a:hover { color: #000000; }
            @media only screen and (max-width: 620px) {
                p { font-size: 18px !important; }
                .wide { width: 100% !important; }
            }
            """;

    private static Document inlined(String body) {
        Document document = Jsoup.parse("<html><head><style>" + CSS + "</style></head><body>" + body + "</body></html>");
        new CssInliner(CSS).inline(document);
        return document;
    }

    @Test
    void theMostSpecificRuleDecides() {
        Document document = inlined("<p id='plain'>a</p><div class='intro'><p id='intro'>b</p><p id='lead'>c</p></div>");

        assertThat(document.getElementById("plain").attr("style")).isEqualTo("color: #111111; margin: 0 0 16px 0;");
        assertThat(document.getElementById("intro").attr("style")).isEqualTo("margin: 0 0 16px 0; color: #222222;");
        assertThat(document.getElementById("lead").attr("style")).isEqualTo("margin: 0 0 16px 0; color: #333333;");
    }

    @Test
    void aLonghandThatBeatsAShorthandComesAfterItAndALosingOneIsLeftOut() {
        Document document = inlined("<p class='tight' id='t'>a</p><div class='loose' id='d'>b</div>");

        assertThat(document.getElementById("t").attr("style"))
                .isEqualTo("color: #111111; margin: 0 0 16px 0; margin-bottom: 4px;");
        assertThat(document.getElementById("d").attr("style")).as("div.loose is more specific than .loose")
                .isEqualTo("margin: 1px;");
    }

    @Test
    void theElementsOwnStyleWins() {
        Document document = inlined("<p id='own' style='color: #123456'>a</p>");

        assertThat(document.getElementById("own").attr("style"))
                .isEqualTo("color: #111111; margin: 0 0 16px 0; color: #123456");
    }

    @Test
    void mediaQueriesAndStatesStayInTheStyleBlock() {
        Document document = inlined("<div class='wide' id='w'><a id='a' href='https://example.org/'>x</a></div><p id='p'>y</p>");

        assertThat(document.getElementById("w").hasAttr("style")).isFalse();
        assertThat(document.getElementById("a").attr("style")).isEqualTo("color: #8a1538;");
        assertThat(document.getElementById("p").attr("style")).doesNotContain("font-size");
        assertThat(document.selectFirst("head style").data()).contains("@media only screen and (max-width: 620px)")
                .contains(".wide { width: 100% !important; }").contains("a:hover");
    }

    @Test
    void aBrokenRuleIsSkippedAsBrowsersDoAndTheRestIsStillInlined() {
        String css = "p { color: ; margin: 0 } h2 {{ color: red } .ok { color: #0a0a0a; }";
        Document document = Jsoup.parse("<p id='p'>a</p><span class='ok' id='ok'>b</span>");

        new CssInliner(css).inline(document);

        assertThat(document.getElementById("p").attr("style")).isEqualTo("margin: 0;");
        assertThat(document.getElementById("ok").attr("style")).isEqualTo("color: #0a0a0a;");
    }
}
