package org.barta.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.content.ContentKind;
import org.barta.content.ContentService;
import org.barta.content.ItemContent;
import org.barta.content.Language;
import org.barta.content.Tag;
import org.barta.content.TranslationContent;
import org.barta.content.WorkflowAction;
import org.barta.testing.Deployments;
import org.barta.testing.TestActors;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Abuse of the public site over HTTP: page numbers that cannot exist are 404 on every paged page, and search is
 * limited per client address with a 429 page in the reader's language that nothing stores.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final List<String> BAD_PAGES = List.of("99999999999999", "2147483647", "2147483648", "-1", "0",
            "abc", "2", "1.5", "");

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    ContentService content;

    @Inject
    AccountService accounts;

    @Inject
    PublicSite site;

    @ArquillianResource
    URL base;

    /** In the server, which publishes the tagged statement the paged pages list, then asks for them over HTTP. */
    @Test
    void pageNumbersThatCannotExistAreNotFoundOnEveryPagedPage() throws Exception {
        publishTaggedStatement();
        WebClient visitor = new WebClient(base.toURI());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Dhaka"));
        List<String> paged = List.of("/en/press-statements/", "/bn/press-statements/", "/en/tags/paging/",
                "/en/archive/%04d/%02d/".formatted(today.getYear(), today.getMonthValue()), "/en/search?q=floods",
                "/bn/search?q=" + URLEncoder.encode("বন্যা", StandardCharsets.UTF_8),
                "/en/newsletter/", "/bn/newsletter/");
        List<String> wrong = new ArrayList<>();
        for (String address : paged) {
            String separator = address.contains("?") ? "&" : "?";
            HttpResponse<String> first = visitor.get(address + separator + "page=1");
            assertThat(first.statusCode()).as(address + " page 1").isEqualTo(200);
            for (String page : BAD_PAGES) {
                HttpResponse<String> response = visitor.get(address + separator + "page=" + page);
                if (response.statusCode() != 404) {
                    wrong.add(address + separator + "page=" + page + " answered " + response.statusCode());
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(visitor.get("/en/press-statements/?page=99999999999999").body())
                .as("the theme's own 404 page").contains("Page not found");
    }

    @Test
    @RunAsClient
    void searchIsLimitedPerAddressWithAPageInTheReadersLanguageThatIsNeverStored() throws Exception {
        // An address of its own (through the trusted proxy the test client plays): other tests search too.
        WebClient visitor = new WebClient(base.toURI(), Map.of("X-Forwarded-For", "203.0.113.29"));
        int limit = Integer.parseInt(System.getenv("BARTA_SEARCH_PER_MINUTE"));
        int allowed = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < limit + 10 && refused == null; i++) {
            HttpResponse<String> response = visitor.get("/en/search?q=floods+" + i);
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                allowed++;
            }
        }
        assertThat(refused).as("a search past the limit").isNotNull();
        assertThat(allowed).isEqualTo(limit);
        assertThat(refused.headers().firstValue("Retry-After")).contains("60");
        assertThat(refused.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(refused.body()).contains("Please wait a minute").doesNotContain("Statement on paging");

        HttpResponse<String> bangla = visitor.get("/bn/search?q=" + URLEncoder.encode("বন্যা",
                StandardCharsets.UTF_8));
        assertThat(bangla.statusCode()).isEqualTo(429);
        assertThat(bangla.body()).contains("এক মিনিট অপেক্ষা করে আবার খুঁজুন");
        assertThat(visitor.get("/en/search").statusCode()).as("the empty search form still opens").isEqualTo(200);
        assertThat(visitor.get("/en/press-statements/").statusCode()).as("other pages are not limited").isEqualTo(200);
    }

    /** Published by the first run of the test that needs it; found and left as it is on later runs. */
    private void publishTaggedStatement() {
        if (site.item(Language.EN, ContentKind.PRESS_STATEMENT, "statement-on-paging").isPresent()) {
            return;
        }
        Actor editor = TestActors.ensure(accounts, "paging-editor", Role.EDITOR);
        Tag tag = content.tag("Paging", "পৃষ্ঠা", editor);
        long id = content.create(ContentKind.PRESS_STATEMENT, new ItemContent(null, null, null, null, null, null, null,
                null, null, null, null, List.of(tag.getId()), List.of(), Map.of(Language.EN,
                new TranslationContent("Statement on paging", "statement-on-paging", null, "<p>Floods in Sylhet.</p>",
                        null), Language.BN, new TranslationContent("পৃষ্ঠা বিষয়ক বিবৃতি", null, null,
                        "<p>সিলেটে বন্যা।</p>", null)), null), editor);
        content.transition(id, content.load(id).getVersion(), WorkflowAction.PUBLISH, null, editor);
    }
}
