package org.barta.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.content.ContentKind;
import org.barta.content.ContentService;
import org.barta.content.EventType;
import org.barta.content.ItemContent;
import org.barta.content.Language;
import org.barta.content.PressContact;
import org.barta.content.Tag;
import org.barta.content.TranslationContent;
import org.barta.content.WorkflowAction;
import org.barta.media.MediaSamples;
import org.barta.media.MediaService;
import org.barta.testing.Deployments;
import org.barta.testing.HtmlChecks;
import org.barta.testing.TestActors;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/**
 * The public site over HTTP, as visitors, crawlers and feed readers use it. The first test publishes the
 * fixtures inside the server; the others only read.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicSiteIT {

    static final String STATEMENT_EN = "Protect child domestic workers now";
    static final String STATEMENT_BN = "শিশু গৃহকর্মীদের সুরক্ষা দিন";
    static final String EVENT_EN = "Workshop on child labour reporting";
    static final String UPCOMING_EN = "Human Rights Day rally";
    static final String DRAFT = "Secret draft statement";
    static final String ARCHIVED = "Withdrawn editorial";
    static final String SCHEDULED = "Statement for next week";
    static final String FRESH = "Fresh statement on floods";
    static final String REPORT_EN = "Annual human rights report 2026";
    static final String NETWORK_EN = "Asian Forum for Human Rights";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries().addClass(MediaSamples.class);
    }

    @Inject
    ContentService content;

    @Inject
    MediaService media;

    @Inject
    AccountService accounts;

    @Inject
    PublicSite site;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void publishFixtures() {
        Actor editor = siteEditor();
        Tag tag = content.tag("Child rights", "শিশু অধিকার", editor);

        publish(ContentKind.PRESS_STATEMENT, new ItemContent(null, null, null, null, null, null, null, null, null, null,
                null, List.of(tag.getId()), List.of(), Map.of(
                Language.EN, new TranslationContent(STATEMENT_EN, "protect-child-domestic-workers", "Children who work in homes need the law's protection.",
                        "<p>Write to press@example.org or <a href=\"mailto:desk@example.org\">the press desk</a>. Employers must register every child domestic worker.</p>", null),
                Language.BN, new TranslationContent(STATEMENT_BN, null, "গৃহকর্মে নিযুক্ত শিশুদের আইনি সুরক্ষা প্রয়োজন।",
                        "<p>নিয়োগকারীদের প্রত্যেক শিশু গৃহকর্মীর নিবন্ধন করতে হবে।</p>", null)),
                new PressContact("Nina Goswami", "+880 2 4811 1111", "media@example.org")), editor, WorkflowAction.PUBLISH);
        publish(ContentKind.EVENT_REPORT, new ItemContent(EventType.JOURNALIST_WORKSHOP, LocalDate.of(2026, 11, 20),
                "Press club", "Kushtia", null, null, null, null, null, null, null, List.of(tag.getId()), List.of(),
                Map.of(Language.EN, new TranslationContent(EVENT_EN, null, "Reporters met in Kushtia.",
                        "<p>Twenty reporters discussed child labour.</p>", null)), null), editor, WorkflowAction.PUBLISH);
        publish(ContentKind.EVENT_REPORT, new ItemContent(EventType.DAY_OBSERVATION,
                LocalDate.now(ZoneId.of("Asia/Dhaka")).plusDays(10), "Central Shaheed Minar", "Dhaka", null, null, null,
                null, null, null, null, List.of(), List.of(), Map.of(Language.EN, new TranslationContent(UPCOMING_EN,
                        null, "Join us on Human Rights Day.", "<p>Bring a banner.</p>", null)), null), editor,
                WorkflowAction.PUBLISH);
        publish(ContentKind.PAGE, text("Contact us", "contact-us", "<p>Phone us.</p>"), editor, WorkflowAction.PUBLISH);
        long report = upload("annual-report-2026.pdf", MediaSamples.pdfWithAuthor(), editor);
        long cover = upload("cover.png", MediaSamples.image(1200, 600, "png"), editor);
        long map = upload("districts-map.png", MediaSamples.image(300, 200, "png"), editor);
        Tag reports = content.tag("Annual reports", null, editor);
        publish(ContentKind.REPORT, new ItemContent(null, null, null, null, null, null, null, null,
                LocalDate.of(2026, 11, 1), report, cover, List.of(tag.getId(), reports.getId()), List.of(map, report),
                Map.of(Language.EN, new TranslationContent(REPORT_EN, "annual-report-2026", "Our findings.",
                                "<p>Findings.</p>", "Cover of the report"),
                        Language.BN, new TranslationContent("বার্ষিক মানবাধিকার প্রতিবেদন ২০২৬", null, "আমাদের ফলাফল।",
                                "<p>ফলাফল।</p>", "প্রতিবেদনের প্রচ্ছদ")), null), editor, WorkflowAction.PUBLISH);
        publish(ContentKind.NETWORK_PAGE, new ItemContent(null, null, null, null, "FORUM-ASIA",
                "https://forum-asia.example", "Asia", 2004, null, null, null, List.of(), List.of(), Map.of(
                Language.EN, new TranslationContent(NETWORK_EN, "forum-asia", null, "<p>A regional network.</p>", null),
                Language.BN, new TranslationContent("এশিয়ান ফোরাম", null, null, "<p>আঞ্চলিক নেটওয়ার্ক।</p>", null)),
                null), editor, WorkflowAction.PUBLISH);
        content.create(ContentKind.PRESS_STATEMENT, text(DRAFT, "secret-draft-statement", "<p>draft</p>"), editor);
        long archived = publish(ContentKind.EDITORIAL, text(ARCHIVED, "withdrawn-editorial", "<p>old</p>"), editor,
                WorkflowAction.PUBLISH);
        content.transition(archived, content.load(archived).getVersion(), WorkflowAction.ARCHIVE, null, editor);
        long scheduled = content.create(ContentKind.PRESS_STATEMENT, text(SCHEDULED, "statement-for-next-week",
                "<p>soon</p>"), editor);
        content.transition(scheduled, content.load(scheduled).getVersion(), WorkflowAction.SCHEDULE,
                Instant.now().plusSeconds(7 * 24 * 3600), editor);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theRootSendsVisitorsToTheirLanguage() throws Exception {
        WebClient visitor = client();
        assertThat(visitor.get("/", Map.of("Accept-Language", "bn-BD,bn;q=0.9,en;q=0.5")).headers()
                .firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/bn/"));
        assertThat(visitor.get("/", Map.of("Accept-Language", "fr-FR,de;q=0.8")).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/en/"));
        assertThat(visitor.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/en/"));
    }

    @Test
    @Order(3)
    @RunAsClient
    void homePagesShowWhatIsPublishedAndOpenNoSession() throws Exception {
        WebClient visitor = client();
        HttpResponse<String> english = visitor.get("/en/");
        HttpResponse<String> bangla = visitor.get("/bn/");

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("lang=\"en\"", STATEMENT_EN, EVENT_EN).doesNotContain(DRAFT, ARCHIVED, SCHEDULED);
        assertThat(bangla.statusCode()).isEqualTo(200);
        assertThat(bangla.body()).contains("lang=\"bn\"", STATEMENT_BN, "সংবাদ বিবৃতি").doesNotContain(STATEMENT_EN);
        assertThat(bangla.body()).as("list dates in Bangla digits")
                .contains(bengaliDigits(String.valueOf(LocalDate.now(ZoneId.of("Asia/Dhaka")).getYear())) + "</time>");
        assertThat(english.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(visitor.cookie("JSESSIONID")).isEmpty();
        assertThat(english.body()).doesNotContain("jakarta.faces.ViewState");
        assertThat(Jsoup.parse(english.body()).select("footer a").eachText()).as("plain pages in the footer")
                .contains("Contact us");

        // Each list in its section: the coming event under "upcoming", both events under "recent", newest first.
        String html = english.body();
        String upcoming = html.substring(html.indexOf("id=\"upcoming\""), html.indexOf("id=\"events\""));
        String recent = html.substring(html.indexOf("id=\"events\""), html.indexOf("id=\"newsletter\""));
        assertThat(upcoming).contains(UPCOMING_EN).doesNotContain(EVENT_EN);
        assertThat(recent).contains(UPCOMING_EN, EVENT_EN);
        assertThat(recent.indexOf(UPCOMING_EN)).as("newest first").isLessThan(recent.indexOf(EVENT_EN));
        assertThat(html.substring(html.indexOf("id=\"press\""), html.indexOf("id=\"editorials\"")))
                .contains(STATEMENT_EN).doesNotContain(EVENT_EN, UPCOMING_EN);
    }

    @Test
    @Order(4)
    @RunAsClient
    void everyListingAnswersInBothLanguages() throws Exception {
        WebClient visitor = client();
        for (String kind : List.of("press-statements", "editorials", "events", "reports", "networks", "units")) {
            for (String lang : List.of("en", "bn")) {
                assertThat(visitor.get("/" + lang + "/" + kind + "/").statusCode()).as(lang + "/" + kind).isEqualTo(200);
            }
        }
        String statements = visitor.get("/en/press-statements/").body();
        assertThat(statements).contains(STATEMENT_EN).doesNotContain(DRAFT, SCHEDULED);
        assertThat(visitor.get("/en/editorials/").body()).doesNotContain(ARCHIVED);
        assertThat(visitor.get("/en/press-statements/?page=999").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/en/no-such-kind/").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(5)
    @RunAsClient
    void anItemPageCarriesItsMetadataAndCloaksEmail() throws Exception {
        HttpResponse<String> page = client().get("/en/press-statements/protect-child-domestic-workers");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<title>" + STATEMENT_EN, "<meta name=\"description\" content=\"Children who work in homes",
                "rel=\"canonical\" href=\"http", "hreflang=\"bn\"", "property=\"og:title\" content=\"" + STATEMENT_EN,
                "name=\"twitter:card\"", "/en/tags/child-rights/", EVENT_EN);
        assertThat(html).doesNotContain("press@example.org", "desk@example.org", "mailto:")
                .contains("press [at] example [dot] org", "data-cloak=");
        Element contact = Jsoup.parse(html).selectFirst("aside.press-contact");
        assertThat(contact.selectFirst("h2").text()).isEqualTo("For more information");
        assertThat(contact.selectFirst(".contact-name").text()).isEqualTo("Nina Goswami");
        assertThat(contact.selectFirst("a.contact-phone").attr("href")).isEqualTo("tel:+880248111111");
        assertThat(contact.selectFirst(".contact-email").text()).contains("media [at] example [dot] org");
        assertThat(html).as("the contact's address is cloaked too").doesNotContain("media@example.org");

        String bangla = client().get("/bn/press-statements/" + URLEncoder.encode("শিশু-গৃহকর্মীদের-সুরক্ষা-দিন",
                StandardCharsets.UTF_8)).body();
        assertThat(bangla).contains(STATEMENT_BN, "hreflang=\"en\"", "আরও তথ্যের জন্য", "Nina Goswami");
        int year = LocalDate.now(ZoneId.of("Asia/Dhaka")).getYear();
        assertThat(bangla).contains(bengaliDigits(String.valueOf(year)));
    }

    @Test
    @Order(6)
    @RunAsClient
    void draftsScheduledAndArchivedItemsAreNotFound() throws Exception {
        WebClient visitor = client();
        assertThat(visitor.get("/en/press-statements/secret-draft-statement").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/en/press-statements/statement-for-next-week").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/en/editorials/withdrawn-editorial").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/en/editorials/protect-child-domestic-workers").statusCode()).as("wrong kind").isEqualTo(404);
        HttpResponse<String> missing = visitor.get("/bn/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("পাতাটি পাওয়া যায়নি").contains("lang=\"bn\"");
        assertThat(visitor.get("/en/contact-us").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(7)
    @RunAsClient
    void archiveAndTagPages() throws Exception {
        WebClient visitor = client();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Dhaka"));
        String archive = visitor.get("/en/archive/%04d/%02d/".formatted(today.getYear(), today.getMonthValue())).body();
        assertThat(archive).contains(STATEMENT_EN, EVENT_EN).doesNotContain(DRAFT);
        assertThat(visitor.get("/en/archive/2026/13/").statusCode()).isEqualTo(404);

        String tag = visitor.get("/en/tags/child-rights/").body();
        assertThat(tag).contains("Child rights", STATEMENT_EN, EVENT_EN);
        assertThat(visitor.get("/bn/tags/child-rights/").body()).contains("শিশু অধিকার", STATEMENT_BN);
        assertThat(visitor.get("/en/tags/no-such-tag/").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(8)
    @RunAsClient
    void searchFindsEnglishAndBanglaWordsAndSurvivesHostileInput() throws Exception {
        WebClient visitor = client();
        String english = visitor.get("/en/search?q=" + encode("domestic workers")).body();
        assertThat(english).contains(STATEMENT_EN).contains("<mark>").doesNotContain(DRAFT);
        Element hit = Jsoup.parse(english).select("ol.search-results li").stream()
                .filter(li -> li.text().contains(STATEMENT_EN)).findFirst().orElseThrow();
        assertThat(hit.attr("lang")).isEqualTo("en");
        assertThat(hit.selectFirst("h2 a").attr("href")).isEqualTo("/en/press-statements/protect-child-domestic-workers");
        assertThat(hit.selectFirst(".meta").text()).startsWith("Press statement · English · ")
                .endsWith(String.valueOf(LocalDate.now(ZoneId.of("Asia/Dhaka")).getYear()));
        String bangla = visitor.get("/bn/search?q=" + encode("নিবন্ধন")).body();
        assertThat(bangla).contains(STATEMENT_BN).contains("<mark>নিবন্ধন</mark>");
        assertThat(Jsoup.parse(bangla).select("ol.search-results li .meta").text()).as("dates in the page's language")
                .contains(bengaliDigits(String.valueOf(LocalDate.now(ZoneId.of("Asia/Dhaka")).getYear())));

        for (String hostile : List.of("\"", "'", "\"unclosed", "+domestic -workers*", "child* @>~<()",
                "'; DROP TABLE content_item; --", "1' OR '1'='1", "\\", "%_%", "<script>alert(1)</script>",
                "x".repeat(10_240), "ক্ষ ".repeat(1_024))) {
            HttpResponse<String> response = visitor.get("/en/search?q=" + encode(hostile));
            assertThat(response.statusCode()).as(hostile.length() > 40 ? hostile.length() + " chars" : hostile)
                    .isEqualTo(200);
            assertThat(response.body()).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(visitor.get("/en/press-statements/protect-child-domestic-workers").statusCode())
                .as("the database survived").isEqualTo(200);
    }

    @Test
    @Order(9)
    @RunAsClient
    void feedsAndSitemapAreWellFormedAndComplete() throws Exception {
        WebClient reader = client();
        HttpResponse<String> feed = reader.get("/en/feed.atom");
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        Document atom = xml(feed.body());
        assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.body()).contains(STATEMENT_EN, EVENT_EN).doesNotContain(DRAFT, ARCHIVED, SCHEDULED, "press@example.org");

        String statements = reader.get("/en/press-statements/feed.atom").body();
        xml(statements);
        assertThat(statements).contains(STATEMENT_EN).doesNotContain(EVENT_EN);
        String bangla = reader.get("/bn/feed.atom").body();
        xml(bangla);
        assertThat(bangla).contains(STATEMENT_BN, "<title>বার্তা</title>").doesNotContain(STATEMENT_EN);

        String sitemap = reader.get("/sitemap.xml").body();
        Document map = xml(sitemap);
        assertThat(map.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(sitemap).contains("/en/press-statements/protect-child-domestic-workers", "hreflang=\"bn\"",
                "/en/contact-us").doesNotContain("secret-draft-statement", "withdrawn-editorial", "statement-for-next-week");

        assertThat(reader.get("/robots.txt").body()).contains("Sitemap: http", "Disallow: /admin/");
    }

    @Test
    @Order(10)
    @RunAsClient
    void pagesCarryValidatorsAndAnswerConditionalRequests() throws Exception {
        WebClient visitor = client();
        String path = "/en/press-statements/protect-child-domestic-workers";
        HttpResponse<String> first = visitor.get(path);
        HttpResponse<String> second = visitor.get(path);
        assertThat(second.headers().firstValue("X-Barta-Cache")).as("answered in Payara's HTTP listener").hasValue("edge");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        String etag = second.headers().firstValue("ETag").orElseThrow();
        String lastModified = second.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(second.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("public", "max-age"));

        HttpResponse<String> byTag = visitor.get(path, Map.of("If-None-Match", etag));
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(visitor.get(path, Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
        assertThat(visitor.get(path, Map.of("If-None-Match", "\"something-else\"")).statusCode()).isEqualTo(200);
        assertThat(visitor.get(path, Map.of("If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT")).statusCode())
                .isEqualTo(200);

        HttpResponse<String> head = visitor.send("HEAD", path, null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf(first.body().getBytes(StandardCharsets.UTF_8).length));

        String bangla = URI.create(Jsoup.parse(first.body()).selectFirst("link[hreflang=bn]").attr("href")).getRawPath();
        visitor.get(bangla);
        HttpResponse<String> banglaAgain = visitor.get(bangla);
        assertThat(banglaAgain.headers().firstValue("X-Barta-Cache")).as("a percent-encoded Bangla address").hasValue("edge");
        assertThat(banglaAgain.body()).contains(STATEMENT_BN);

        assertThat(visitor.get("/en/press-statements/").body()).doesNotContain(FRESH);
        assertThat(visitor.get("/en/press-statements/").headers().firstValue("X-Barta-Cache")).hasValue("edge");
    }

    @Test
    @Order(11)
    void publishAStatementAndCorrectAnother() {
        Actor editor = siteEditor();
        long id = publish(ContentKind.PRESS_STATEMENT, text(FRESH, "fresh-statement", "<p>Just published.</p>"),
                editor, WorkflowAction.PUBLISH);
        assertThat(id).isPositive();
        var statement = content.load(idOf("protect-child-domestic-workers"));
        var corrected = statement.content().translations().get(Language.EN);
        content.save(statement.getId(), statement.getVersion(), statement.content().withTranslations(Map.of(
                Language.EN, new TranslationContent(STATEMENT_EN + " (corrected)", corrected.slug(), corrected.summary(),
                        corrected.body(), null),
                Language.BN, statement.content().translations().get(Language.BN))), editor);
    }

    @Test
    @Order(12)
    @RunAsClient
    void aPublicationAndACorrectionAreVisibleAtOnce() throws Exception {
        WebClient visitor = client();
        HttpResponse<String> listing = visitor.get("/en/press-statements/");
        assertThat(listing.body()).contains(FRESH, STATEMENT_EN + " (corrected)");
        assertThat(listing.headers().firstValue("X-Barta-Cache")).hasValue("miss");
        assertThat(visitor.get("/en/press-statements/fresh-statement").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(13)
    void unpublishTheNewStatement() {
        long id = idOf("fresh-statement");
        content.transition(id, content.load(id).getVersion(), WorkflowAction.UNPUBLISH, null, siteEditor());
    }

    @Test
    @Order(14)
    @RunAsClient
    void anUnpublishedStatementDisappearsAtOnce() throws Exception {
        WebClient visitor = client();
        assertThat(visitor.get("/en/press-statements/").body()).doesNotContain(FRESH);
        assertThat(visitor.get("/en/press-statements/fresh-statement").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/en/feed.atom").body()).doesNotContain(FRESH);
    }

    @Test
    @Order(15)
    @RunAsClient
    void everyPublicPageIsValidHtmlWithItsHeadingsInOrder() throws Exception {
        WebClient visitor = client();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Dhaka"));
        List<String> pages = new ArrayList<>(List.of("/en/contact-us",
                "/en/press-statements/protect-child-domestic-workers", "/bn/press-statements/" + URLEncoder.encode(
                        "শিশু-গৃহকর্মীদের-সুরক্ষা-দিন", StandardCharsets.UTF_8)));
        for (String lang : List.of("en", "bn")) {
            pages.addAll(List.of("/" + lang + "/", "/" + lang + "/tags/child-rights/", "/" + lang + "/newsletter/",
                    "/" + lang + "/archive/%04d/%02d/".formatted(today.getYear(), today.getMonthValue()),
                    "/" + lang + "/search?q=" + encode(lang.equals("en") ? "domestic" : "নিবন্ধন"),
                    "/" + lang + "/no-such-page"));
            for (String kind : List.of("press-statements", "editorials", "events", "reports", "networks", "units")) {
                pages.add("/" + lang + "/" + kind + "/");
            }
        }
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            String html = visitor.get(page).body();
            HtmlChecks.validationErrors(html).forEach(error -> problems.add(page + " " + error));
            HtmlChecks.headingOrderProblems(html).forEach(problem -> problems.add(page + " " + problem));
        }
        assertThat(problems).isEmpty();

        HttpResponse<String> favicon = visitor.get("/favicon.ico");
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.headers().firstValue("Content-Type")).hasValue("image/vnd.microsoft.icon");
    }

    @Test
    @Order(16)
    @RunAsClient
    void itemPagesShowTheirFactsImageFilesAndTags() throws Exception {
        WebClient visitor = client();
        Element report = Jsoup.parse(visitor.get("/en/reports/annual-report-2026").body());
        Element image = report.selectFirst("figure.featured img");
        assertThat(image.attr("src")).startsWith("/media/").endsWith("/medium");
        assertThat(image.attr("alt")).isEqualTo("Cover of the report");
        assertThat(image.attr("width")).as("at most the column's width").isEqualTo("800");
        assertThat(report.selectFirst("meta[property=og:image]").attr("content")).startsWith("http").endsWith("/large");
        assertThat(report.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        List<String> files = report.select("ul.attachments li").eachText();
        assertThat(files).as("the report's file first, once, then the attachments").hasSize(2);
        assertThat(files.get(0)).startsWith("annual-report-2026.pdf (PDF, ").endsWith(" KB)");
        assertThat(files.get(1)).startsWith("districts-map.png (PNG, ");
        for (Element link : report.select("ul.attachments a")) {
            assertThat(visitor.get(link.attr("href")).statusCode()).as(link.attr("href")).isEqualTo(200);
        }
        assertThat(report.select("p.tags a").eachText()).containsExactly("Annual reports", "Child rights");
        assertThat(report.select("section.related li").text()).contains(STATEMENT_EN);
        assertThat(report.selectFirst("link[hreflang=bn]").attr("href")).contains("/bn/reports/");

        Element bangla = Jsoup.parse(visitor.get(report.selectFirst("a.language-switch").attr("href")).body());
        assertThat(bangla.selectFirst("h1").text()).isEqualTo("বার্ষিক মানবাধিকার প্রতিবেদন ২০২৬");
        assertThat(bangla.selectFirst("figure.featured img").attr("alt")).isEqualTo("প্রতিবেদনের প্রচ্ছদ");
        assertThat(bangla.select("p.tags a").eachText()).as("a tag without a Bangla label keeps its English one")
                .containsExactly("Annual reports", "শিশু অধিকার");

        String eventUrl = Jsoup.parse(visitor.get("/en/events/").body()).select("a").stream()
                .filter(a -> a.text().equals(EVENT_EN)).findFirst().orElseThrow().attr("href");
        Element event = Jsoup.parse(visitor.get(eventUrl).body());
        assertThat(event.select("dl.facts dt").eachText()).containsExactly("Event type", "Event date", "Venue", "District");
        assertThat(event.select("dl.facts dd").eachText()).containsExactly("Journalist workshop", "20 November 2026",
                "Press club", "Kushtia");
        assertThat(event.selectFirst("link[hreflang=bn]")).as("no Bangla translation").isNull();
        assertThat(event.selectFirst("a.language-switch").attr("href")).isEqualTo("/bn/");
        assertThat(event.select("figure.featured, ul.attachments, aside.press-contact")).isEmpty();

        String banglaNetwork = Jsoup.parse(visitor.get("/en/networks/forum-asia").body())
                .selectFirst("link[hreflang=bn]").attr("href");
        Element network = Jsoup.parse(visitor.get(URI.create(banglaNetwork).getRawPath()).body());
        assertThat(network.select("dl.facts dd").eachText()).containsExactly("FORUM-ASIA", "Asia", "২০০৪",
                "https://forum-asia.example");
        assertThat(network.selectFirst("dl.facts a").attr("href")).isEqualTo("https://forum-asia.example");
        assertThat(network.selectFirst("p.meta time")).as("dated like every item but plain pages").isNotNull();
        assertThat(visitor.get("/en/press-statements/annual-report-2026").statusCode()).as("wrong kind").isEqualTo(404);
    }

    private long idOf(String englishSlug) {
        return site.item(Language.EN, ContentKind.PRESS_STATEMENT, englishSlug).orElseThrow().id();
    }

    private long upload(String name, byte[] bytes, Actor editor) {
        return media.upload(name, new ByteArrayInputStream(bytes), editor).file().getId();
    }

    private Actor siteEditor() {
        return TestActors.ensure(accounts, "site-editor", Role.EDITOR);
    }

    private long publish(ContentKind kind, ItemContent item, Actor editor, WorkflowAction action) {
        long id = content.create(kind, item, editor);
        content.transition(id, content.load(id).getVersion(), action, null, editor);
        return id;
    }

    private static ItemContent text(String title, String slug, String body) {
        return ItemContent.text(Map.of(Language.EN, new TranslationContent(title, slug, null, body, null)));
    }

    private WebClient client() throws Exception {
        return new WebClient(base.toURI());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String bengaliDigits(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) ('\u09E6' + (c - '0'))));
        return out.toString();
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
