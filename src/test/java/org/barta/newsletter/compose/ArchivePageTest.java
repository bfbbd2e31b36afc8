package org.barta.newsletter.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.barta.publicweb.LocalizedDates;
import org.barta.testing.HtmlChecks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The public archive shows an edition as valid HTML5 that looks like the mail. */
class ArchivePageTest {

    private final EditionRenderer renderer = new EditionRenderer(DefaultThemeTemplates.load(), new LocalizedDates());

    @Test
    void theMailItselfIsNotAValidWebPageButItsArchiveCopyIs() {
        for (RenderedEdition edition : new RenderedEdition[] {
                renderer.render(Editions.english("November at ASK", "<p>Dear reader,</p>")),
                renderer.render(Editions.bangla(" "))}) {
            String mail = edition.personalize("https://ask.example.org/en/#newsletter",
                    "https://ask.example.org/en/#newsletter").html();
            assertThat(HtmlChecks.validationErrors(mail)).as("the mail keeps what mail clients need")
                    .anySatisfy(error -> assertThat(error).contains("cellpadding"));

            String page = ArchivePage.fromMail(mail);
            assertThat(HtmlChecks.validationErrors(page)).isEmpty();
            assertThat(HtmlChecks.headingOrderProblems(page)).isEmpty();
            assertThat(page).doesNotContain("<!--", "[if mso]");
        }
    }

    @Test
    void tableAttributesBecomeTheCssTheyStoodForBeforeTheThemesOwn() {
        Document page = Jsoup.parse(ArchivePage.fromMail("""
                <!DOCTYPE html><html><head><title>t</title></head><body>
                <table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
                <td class="cell" align="center" valign="top" style="padding: 24px 12px"><table class="inner" width="600"
                style="max-width: 600px"><tr><td>x</td></tr></table></td></tr></table></body></html>"""));

        assertThat(page.selectFirst("table").attr("style")).isEqualTo("border-spacing:0;width:100%;");
        assertThat(page.selectFirst("td.cell").attr("style"))
                .isEqualTo("text-align:center;vertical-align:top;padding:0;padding: 24px 12px");
        assertThat(page.selectFirst("table.inner").attr("style"))
                .isEqualTo("margin-left:auto;margin-right:auto;width:600px;max-width: 600px");
        assertThat(page.select("[width], [cellpadding], [cellspacing], [border], [align], [valign]")).isEmpty();
    }
}
