package org.barta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.barta.testing.Deployments;
import org.barta.testing.EditorSession;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestDatabase;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A publication drops from the page cache only the pages it can change: every list, its own pages and the pages of
 * items that share a tag with it (their related lists). Other item pages stay cached. A retraction is gone at once
 * everywhere it was shown, and a plain page (in every page's footer) empties the cache.
 */
@ExtendWith(ArquillianExtension.class)
class PageInvalidationIT {

    private static final String EDITOR = "invalidation-editor";
    private static final String PASSWORD = "Invalidation editor's passphrase 7";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebClient editorClient;
    private EditorSession editor;
    private WebClient reader;

    @BeforeEach
    void signIn() throws Exception {
        TestAccounts.ensure(EDITOR, "Invalidation Editor", "EDITOR", PASSWORD);
        editorClient = new WebClient(base.toURI());
        editor = EditorSession.signIn(editorClient, EDITOR, PASSWORD);
        reader = new WebClient(base.toURI());
    }

    @Test
    void aChangeDropsThePagesItCanTouchAndKeepsTheOthers() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        long tag = TestDatabase.number("select id from tag where slug = ?", tag(run));
        String changed = "invalidation-changed-" + run;
        String sibling = "invalidation-sibling-" + run;
        String stranger = "invalidation-stranger-" + run;
        long changedItem = statement(changed, "Changed " + run, tag);
        editor.press(statement(sibling, "Sibling " + run, tag), "PUBLISH");
        editor.press(statement(stranger, "Stranger " + run, null), "PUBLISH");
        editor.press(changedItem, "PUBLISH");
        String changedPage = "/en/press-statements/" + changed;
        String siblingPage = "/en/press-statements/" + sibling;
        String strangerPage = "/en/press-statements/" + stranger;
        for (String page : new String[] {changedPage, siblingPage, strangerPage, "/en/"}) {
            reader.get(page);
            assertThat(cache(reader.get(page))).as(page + " cached").isIn("edge", "hit");
        }
        assertThat(reader.get(siblingPage).body()).as("related through the shared tag").contains("Changed " + run);

        HttpResponse<String> saved = editorClient.submitForm("/admin/item?id=" + changedItem, "editor",
                Map.of("languages:title_en", "Corrected " + run), "[id=editor:save]");
        assertThat(saved.statusCode()).isEqualTo(200);

        assertThat(cache(reader.get(strangerPage))).as("an item page that shares nothing with it stays")
                .isIn("edge", "hit");
        HttpResponse<String> siblingNow = reader.get(siblingPage);
        assertThat(cache(siblingNow)).isEqualTo("miss");
        assertThat(siblingNow.body()).contains("Corrected " + run).doesNotContain("Changed " + run);
        assertThat(reader.get(changedPage).body()).contains("Corrected " + run);
        assertThat(reader.get("/en/").body()).contains("Corrected " + run);

        editor.press(changedItem, "UNPUBLISH");

        assertThat(reader.get(changedPage).statusCode()).isEqualTo(404);
        assertThat(reader.get(siblingPage).body()).as("a retraction leaves no related link")
                .doesNotContain("Corrected " + run);
        assertThat(reader.get("/en/").body()).doesNotContain("Corrected " + run);
        assertThat(cache(reader.get(strangerPage))).isIn("edge", "hit");

        String plain = "invalidation-page-" + run;
        editor.press(EditorSession.savedItem(editorClient.fillForm("/admin/item?kind=PAGE", "editor", Map.of(
                "languages:title_en", "Footer page " + run,
                "languages:slug_en", plain,
                "languages:body_en_input", "<p>In every footer.</p>"), "[id=editor:save]").send()), "PUBLISH");

        HttpResponse<String> strangerNow = reader.get(strangerPage);
        assertThat(cache(strangerNow)).as("a plain page is in every page's footer").isEqualTo("miss");
        assertThat(strangerNow.body()).contains("Footer page " + run);
    }

    /** A press statement saved through the editor, with the tag if one is given. */
    private long statement(String slug, String title, Long tag) throws Exception {
        Map<String, String> fields = new HashMap<>(Map.of(
                "languages:title_en", title,
                "languages:slug_en", slug,
                "languages:summary_en", "What a publication changes.",
                "languages:body_en_input", "<p>Only what it touches.</p>"));
        if (tag != null) {
            fields.put("tags", String.valueOf(tag));
        }
        return editor.createPressStatement(fields);
    }

    /** A tag of this run's own, made in the database: the editor picks it from its list. */
    private static String tag(String run) throws Exception {
        String slug = "invalidation-" + run;
        TestDatabase.update("insert into tag (slug, label_en, label_bn) values (?, ?, ?)", slug, "Invalidation " + run,
                null);
        return slug;
    }

    private static String cache(HttpResponse<String> response) {
        return response.headers().firstValue("X-Barta-Cache").orElse("none");
    }
}
