package org.barta.newsletter.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.barta.content.Language;
import org.barta.publicweb.LocalizedDates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Editions rendered with the default theme's templates, read as a subscriber's mail client would. */
class EditionRendererTest {

    private static final String PREFERENCES = "https://ask.example.org/en/newsletter/preferences?s=17&sig=a\"b<c>";
    private static final String UNSUBSCRIBE = "https://ask.example.org/en/newsletter/unsubscribe?s=17&sig=d'e";

    private static EditionRenderer renderer;

    @BeforeAll
    static void renderer() {
        renderer = new EditionRenderer(DefaultThemeTemplates.load(), new LocalizedDates());
    }

    @Test
    void anEnglishEditionHasItsSubjectLanguageSectionsAndFooter() {
        RenderedEdition edition = renderer.render(Editions.english("November at ASK", "<p>Dear reader,</p>"));
        Document html = Jsoup.parse(edition.html());

        assertThat(edition.subject()).isEqualTo("November at ASK");
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(html.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(html.title()).isEqualTo("November at ASK");
        assertThat(html.select("h1").text()).isEqualTo("November at ASK");
        assertThat(html.select("h2").eachText()).containsExactly("Press statements", "Events");
        assertThat(html.select("h3 a").eachText()).containsExactly("Urgent action needed to protect child rights",
                "Statement on the new data protection law", "Human rights film week in Rajshahi");
        assertThat(html.text()).contains("Edition 12 · November 2026", "3 November 2026",
                "You receive this because you subscribed to the newsletter of Ain o Salish Kendra (ASK).");
        Element footer = html.selectFirst("td.footer");
        assertThat(footer.text()).contains("Ain o Salish Kendra (ASK) 7/17 Block B, Lalmatia Dhaka 1207, Bangladesh");
        assertThat(footer.select("a").eachAttr("href")).containsExactly(RenderedEdition.UNSUBSCRIBE_URL,
                RenderedEdition.PREFERENCES_URL, Editions.SITE + "/en/archive/2026/11/");
        assertThat(footer.select("a").eachText()).containsExactly("Unsubscribe", "Manage your subscription",
                "Read this edition on the web");
        assertThat(html.select("table").eachAttr("role")).containsOnly("presentation");
        assertThat(html.select("img, script, iframe, link, object")).as("nothing remote, nothing that runs").isEmpty();
    }

    @Test
    void aBanglaEditionKeepsItsTextAndSpeaksInBanglaDigitsAndMonths() {
        RenderedEdition edition = renderer.render(Editions.bangla(" "));
        Document html = Jsoup.parse(edition.html());

        assertThat(edition.subject()).isEqualTo("আইন ও সালিশ কেন্দ্র (আসক): নিউজলেটার সংখ্যা ১২, নভেম্বর ২০২৬");
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("bn");
        assertThat(html.select("h3 a").text()).isEqualTo("শিশু অধিকার রক্ষায় জরুরি পদক্ষেপ চাই");
        assertThat(html.selectFirst("p.edition").text()).isEqualTo("সংখ্যা ১২ · নভেম্বর ২০২৬");
        assertThat(html.selectFirst("td.footer").text()).contains("সাবস্ক্রিপশন বাতিল করুন", "৭/১৭ ব্লক বি, লালমাটিয়া");
        assertThat(html.selectFirst("h3").attr("style")).as("Bengali fonts first, and room for vowel signs")
                .contains("font-family: 'Noto Sans Bengali'").contains("line-height: 1.75");
        assertThat(edition.text()).contains("শিশু অধিকার রক্ষায় জরুরি পদক্ষেপ চাই", "সংখ্যা ১২ · নভেম্বর ২০২৬",
                "ঢাকা ১২০৭, বাংলাদেশ");
    }

    @Test
    void anEmptySubjectFallsBackToNumberAndMonth() {
        assertThat(renderer.render(Editions.english(null, "")).subject())
                .isEqualTo("Ain o Salish Kendra (ASK): newsletter no. 12, November 2026");
        assertThat(renderer.render(Editions.english("Line one\r\nBcc: someone", "")).subject())
                .as("a header holds one line").isEqualTo("Line one Bcc: someone");
    }

    @Test
    void theStylesheetIsInlinedAndItsMediaQueriesKept() {
        Document html = Jsoup.parse(renderer.render(Editions.english("S", "")).html());

        assertThat(html.selectFirst("h2").attr("style")).contains("border-bottom: 2px solid #8a1538;");
        assertThat(html.selectFirst("table.container").attr("style")).contains("max-width: 600px;");
        assertThat(html.selectFirst("h3.entry-title a").attr("style")).contains("text-decoration: none;");
        assertThat(html.selectFirst("td.footer p").attr("style")).contains("font-size: 13px;");
        assertThat(html.selectFirst("p.entry-date").attr("style"))
                .contains("font-family: -apple-system, 'Segoe UI', Roboto, Arial, 'Noto Sans Bengali'");
        assertThat(html.selectFirst("head style").data()).contains("@media only screen and (max-width: 620px)");
        assertThat(html.select("[style*=!important]")).as("@media rules are not inlined").isEmpty();
    }

    @Test
    void hostileIntroductionHtmlIsCleanedAndItsLinksMadeAbsolute() {
        RenderedEdition edition = renderer.render(Editions.english("S",
                "<p onclick=\"steal()\">Dear reader, read <a href=\"/en/reports/\">our reports</a>"
                        + " <a href=\"javascript:alert(1)\">now</a>.</p><script>alert(2)</script>"
                        + "<img src=\"/media/abc123\" alt=\"Poster\" onerror=\"alert(3)\">"
                        + "<iframe src=\"https://evil.example/\"></iframe><style>body{display:none}</style>"));
        Element intro = Jsoup.parse(edition.html()).selectFirst("div.intro");

        assertThat(intro.select("script, iframe, style")).isEmpty();
        assertThat(intro.select("[onclick], [onerror]")).isEmpty();
        assertThat(intro.select("a").eachAttr("href")).containsExactly(Editions.SITE + "/en/reports/");
        assertThat(intro.select("img").attr("src")).isEqualTo(Editions.SITE + "/media/abc123");
        assertThat(edition.html()).doesNotContain("javascript:", "alert(", "evil.example");
        assertThat(edition.text()).contains("our reports <" + Editions.SITE + "/en/reports/>").doesNotContain("alert");
    }

    @Test
    void anEditionToAPrivateListHasNoNumberAndNoLinkToThePublicArchive() {
        EditionView view = new EditionView(Language.EN, null, YearMonth.of(2026, 12), "", "<p>Act now.</p>", List.of(),
                "ASK", "Dhaka", Editions.SITE, null);
        RenderedEdition edition = renderer.render(view).personalize(PREFERENCES, UNSUBSCRIBE);
        Document html = Jsoup.parse(edition.html());

        assertThat(edition.subject()).isEqualTo("ASK: special edition, December 2026");
        assertThat(html.select("p.edition").text()).isEqualTo("Special edition · December 2026");
        assertThat(html.select("p.web-version")).isEmpty();
        assertThat(html.select("a").eachAttr("href")).allMatch(href -> !href.contains("/newsletter/") || href.equals(
                UNSUBSCRIBE) || href.equals(PREFERENCES));
        assertThat(edition.text()).contains("Special edition · December 2026").contains("Act now.")
                .doesNotContain("Read this edition on the web");
    }

    @Test
    void titlesAndSummariesAreTextNotMarkup() {
        EditionView view = new EditionView(Language.EN, 1, YearMonth.of(2026, 1), "S", "", List.of(
                new EditionSection("<i>Events</i>", List.of(new EditionEntry("<b>Tom</b> & \"Jerry\" <script>x()</script>",
                        "<img src=x onerror=alert(1)>", Editions.SITE + "/en/events/a?b=1&c=2", "1 January 2026")))),
                "ASK", "Dhaka", Editions.SITE, Editions.SITE + "/en/archive/2026/01/");
        RenderedEdition edition = renderer.render(view);
        Document html = Jsoup.parse(edition.html());

        assertThat(html.select("h3 a").text()).isEqualTo("<b>Tom</b> & \"Jerry\" <script>x()</script>");
        assertThat(html.select("h2").text()).isEqualTo("<i>Events</i>");
        assertThat(html.select("p.entry-summary").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(html.select("b, i, script, img")).isEmpty();
        assertThat(html.select("h3 a").attr("href")).isEqualTo(Editions.SITE + "/en/events/a?b=1&c=2");
        assertThat(edition.text()).contains("* <b>Tom</b> & \"Jerry\" <script>x()</script>");
    }

    @Test
    void everyLinkInTheHtmlIsAbsolute() {
        RenderedEdition edition = renderer.render(Editions.bangla("S")).personalize(PREFERENCES, UNSUBSCRIBE);
        Document html = Jsoup.parse(edition.html());

        List<String> links = new ArrayList<>(html.select("[href]").eachAttr("href"));
        links.addAll(html.select("[src]").eachAttr("src"));
        assertThat(links).hasSizeGreaterThanOrEqualTo(6).allMatch(url -> url.startsWith("https://ask.example.org/"));
    }

    @Test
    void personalizeFillsBothLinksEscapedForTheHtmlAndAsTheyAreInTheText() {
        RenderedEdition rendered = renderer.render(Editions.english("S", ""));
        RenderedEdition mail = rendered.personalize(PREFERENCES, UNSUBSCRIBE);
        Document html = Jsoup.parse(mail.html());

        assertThat(mail.subject()).isEqualTo(rendered.subject());
        assertThat(html.select("td.footer a").eachAttr("href")).startsWith(UNSUBSCRIBE, PREFERENCES);
        assertThat(mail.html()).contains("href=\"https://ask.example.org/en/newsletter/preferences?s=17&amp;sig=a&quot;b&lt;c&gt;\"")
                .doesNotContain("%%BARTA_");
        assertThat(mail.text()).contains(UNSUBSCRIBE, PREFERENCES).doesNotContain("%%BARTA_");
    }

    @Test
    void anAdvanceCopyCarriesThePreviewLinkAfterItsTextAndOnlyTheRecipientsOwn() {
        EditionView view = Editions.english("S", "<p>The statement.</p>");
        EditionView advance = new EditionView(view.language(), null, view.month(), "EMBARGOED: S", view.introHtml(),
                List.of(), view.organisationName(), view.organisationAddress(), view.siteUrl(), null, "Press release",
                "Your own link, do not forward it.");
        String preview = "https://ask.example.org/en/newsletter/preview?r=9&s=17&e=1&t=x=y";

        RenderedEdition rendered = renderer.render(advance);
        RenderedEdition mail = rendered.personalize(new PersonalLinks(PREFERENCES, UNSUBSCRIBE, preview));

        Element paragraph = Jsoup.parse(rendered.html()).selectFirst("p.preview-link");
        assertThat(paragraph.text()).startsWith("Your own link, do not forward it.");
        assertThat(paragraph.selectFirst("a").attr("href")).isEqualTo(RenderedEdition.PREVIEW_URL);
        assertThat(rendered.html().indexOf(RenderedEdition.PREVIEW_URL)).as("after the statement, for base64's sake")
                .isGreaterThan(rendered.html().indexOf("The statement."));
        assertThat(Jsoup.parse(mail.html()).selectFirst("p.preview-link a").attr("href")).isEqualTo(preview);
        assertThat(mail.text()).contains("Your own link, do not forward it.\n" + preview).doesNotContain("%%BARTA_");
        RenderedEdition other = renderer.render(view);
        assertThat(Jsoup.parse(other.html()).select(".preview-link")).as("other mail has none").isEmpty();
        assertThat(other.html() + other.text()).doesNotContain(RenderedEdition.PREVIEW_URL);
    }

    @Test
    void personalizeReplacesStringsAndRendersNothing() {
        RenderedEdition rendered = new RenderedEdition("Subject",
                "<a href=\"" + RenderedEdition.UNSUBSCRIBE_URL + "\">u</a><a href=\"" + RenderedEdition.PREFERENCES_URL
                        + "\">p</a>",
                "u " + RenderedEdition.UNSUBSCRIBE_URL + " p " + RenderedEdition.PREFERENCES_URL);

        RenderedEdition mail = rendered.personalize("https://x.example/p?a=1&b=2", "https://x.example/u");

        assertThat(mail).isEqualTo(new RenderedEdition("Subject",
                "<a href=\"https://x.example/u\">u</a><a href=\"https://x.example/p?a=1&amp;b=2\">p</a>",
                "u https://x.example/u p https://x.example/p?a=1&b=2"));
        RenderedEdition real = renderer.render(Editions.english("S", "<p>Hello</p>"));
        assertThat(real.personalize(PREFERENCES, UNSUBSCRIBE).text()
                .replace(PREFERENCES, RenderedEdition.PREFERENCES_URL).replace(UNSUBSCRIBE, RenderedEdition.UNSUBSCRIBE_URL))
                .as("only the placeholders change").isEqualTo(real.text());
    }

    @Test
    void theTextPartWritesOutEveryLinkAndTheSender() {
        RenderedEdition edition = renderer.render(Editions.english("S", "<p>See <a href=\"/en/reports/\">our reports</a>.</p>"))
                .personalize(PREFERENCES, UNSUBSCRIBE);
        Document html = Jsoup.parse(edition.html());

        assertThat(edition.text()).contains(html.select("[href]").eachAttr("href"));
        assertThat(edition.text()).contains("Unsubscribe:\n" + UNSUBSCRIBE, "Manage your subscription:\n" + PREFERENCES,
                "Ain o Salish Kendra (ASK)\n7/17 Block B, Lalmatia\nDhaka 1207, Bangladesh",
                "Read this edition on the web:\n" + Editions.SITE + "/en/archive/2026/11/",
                "* Urgent action needed to protect child rights\n  3 November 2026\n  ASK is deeply concerned");
        assertThat(edition.text().lines()).allMatch(line -> line.length() <= PlainTextWrapper.WIDTH
                || !line.strip().contains(" "), "wrapped at 72 columns unless a single long link");
        assertThat(edition.text()).doesNotContain("<p>", "&amp;");
    }

    @Test
    void aLargeEditionStaysBelowGmailsClippingSize() {
        List<EditionEntry> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            entries.add(new EditionEntry("Statement number " + i + " on the rights of workers in the garment sector",
                    "A summary of two sentences that says what happened and what ASK asks for. It is this long.",
                    Editions.SITE + "/en/press-statements/statement-" + i, i + " November 2026"));
        }
        EditionView view = new EditionView(Language.EN, 3, YearMonth.of(2026, 3), "S", "<p>Hello</p>",
                List.of(new EditionSection("Press statements", entries)), "ASK", "Dhaka", Editions.SITE,
                Editions.SITE + "/en/archive/2026/03/");

        assertThat(renderer.render(view).html().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(102 * 1024);
    }

    @Test
    void addressesThatAreNotWebAddressesAreRefused() {
        EditionView relativeSite = new EditionView(Language.EN, 1, YearMonth.of(2026, 1), "S", "", List.of(), "ASK",
                "Dhaka", "/", "/en/archive/2026/01/");
        EditionView scriptEntry = new EditionView(Language.EN, 1, YearMonth.of(2026, 1), "S", "", List.of(
                new EditionSection("Events", List.of(new EditionEntry("T", "", "javascript:alert(1)", "")))),
                "ASK", "Dhaka", Editions.SITE, Editions.SITE + "/en/archive/2026/01/");
        EditionView noAddress = new EditionView(Language.EN, 1, YearMonth.of(2026, 1), "S", "", List.of(), "ASK",
                " ", Editions.SITE, Editions.SITE + "/en/archive/2026/01/");

        assertThatThrownBy(() -> renderer.render(relativeSite)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("siteUrl");
        assertThatThrownBy(() -> renderer.render(scriptEntry)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry url");
        assertThatThrownBy(() -> renderer.render(noAddress)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisationAddress");
    }
}
