package org.barta.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.assertj.core.api.ThrowableAssert;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.media.MediaFile;
import org.barta.media.MediaService;
import org.barta.platform.BusinessException;
import org.barta.testing.Deployments;
import org.barta.testing.TestActors;
import org.barta.testing.TestServices;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may see what in the newsroom. Author A has a draft with a photo attached, author B a draft of their own, an
 * editor an embargoed (scheduled) statement. B cannot open A's draft or the embargo through any service or page
 * (editor, preview, revisions, list, dashboard): the answer is "not found" and the title never appears. The
 * editor sees everything. A's photo is for signed-in staff only, never cached, until the item is published.
 * The steps run in order and share the database; the client side finds the items by title over JDBC.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorAccessIT {

    private static final String A_TITLE = "Witness statement from Sylhet draft-A";
    private static final String B_TITLE = "Author B own draft on land rights";
    private static final String EMBARGO_TITLE = "Embargoed statement on the enforced disappearance";
    private static final String PHOTO_NAME = "author-access-witness.png";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    ContentService content;

    @Inject
    ContentCatalog catalog;

    @Inject
    MediaService media;

    @Inject
    AccountService accounts;

    @Test
    @Order(1)
    void anAuthorCannotReadAnotherAuthorsItemThroughAnyServiceAndEditorsReadAll() throws Exception {
        Actor authorA = TestActors.ensure(accounts, "access-author-a", Role.AUTHOR);
        Actor authorB = TestActors.ensure(accounts, "access-author-b", Role.AUTHOR);
        Actor editor = TestActors.ensure(accounts, "access-editor", Role.EDITOR);
        MediaFile photo = media.upload(PHOTO_NAME, new ByteArrayInputStream(png()), authorA).file();
        long a = content.create(ContentKind.PRESS_STATEMENT, withAttachment(photo.getId(), "<p>Names of witnesses</p>"),
                authorA);
        content.save(a, content.load(a).getVersion(),
                withAttachment(photo.getId(), "<p>Names of witnesses, checked</p>"), authorA);
        long b = content.create(ContentKind.EDITORIAL, text(B_TITLE, "<p>Mine</p>"), authorB);
        long embargo = content.create(ContentKind.PRESS_STATEMENT, text(EMBARGO_TITLE, "<p>Not before Monday</p>"),
                editor);
        content.transition(embargo, content.load(embargo).getVersion(), WorkflowAction.SCHEDULE,
                Instant.now().plus(30, ChronoUnit.DAYS), editor);

        for (long hidden : new long[] {a, embargo}) {
            int version = content.load(hidden).getVersion();
            assertNotFound(() -> content.open(hidden, authorB));
            assertNotFound(() -> content.revisions(hidden, authorB));
            assertNotFound(() -> content.compare(hidden, 1, 1, authorB));
            assertNotFound(() -> content.restore(hidden, version, 1, authorB));
            assertNotFound(() -> content.save(hidden, version, text("Overwritten", ""), authorB));
            assertNotFound(() -> content.transition(hidden, version, WorkflowAction.SUBMIT, null, authorB));
        }
        assertThat(content.open(b, authorB).ownerId()).isEqualTo(authorB.accountId());
        assertThat(content.revisions(b, authorB)).hasSize(1);

        ItemQuery everything = new ItemQuery(null, null, null, null, null, null, null, null);
        assertThat(titles(catalog.search(everything, authorB, 0, 1000, "updatedAt", false)))
                .contains(B_TITLE).doesNotContain(A_TITLE, EMBARGO_TITLE);
        assertThat(catalog.count(everything, authorB))
                .isEqualTo(catalog.search(everything, authorB, 0, 100_000, "updatedAt", false).size());
        assertThat(titles(catalog.recentlyEdited(1000, authorB))).contains(B_TITLE).doesNotContain(A_TITLE, EMBARGO_TITLE);
        assertThat(titles(catalog.scheduledNext(1000, authorB))).doesNotContain(EMBARGO_TITLE);
        assertThat(catalog.countByState(authorB).get(ContentState.SCHEDULED))
                .isLessThan(catalog.countByState(editor).get(ContentState.SCHEDULED));

        assertThat(content.open(a, editor).getId()).isEqualTo(a);
        assertThat(content.compare(a, 1, 2, editor)).extracting(FieldChange::field).contains("body");
        assertThat(titles(catalog.search(everything, editor, 0, 1000, "updatedAt", false)))
                .contains(A_TITLE, B_TITLE, EMBARGO_TITLE);
        assertThat(titles(catalog.scheduledNext(1000, editor))).contains(EMBARGO_TITLE);
    }

    @Test
    @Order(2)
    @RunAsClient
    void overHttpAnAuthorGetsNotFoundForAnotherAuthorsPagesAndAnEditorSeesThem(@ArquillianResource URL base)
            throws Exception {
        long a = itemIdOf(A_TITLE);
        long b = itemIdOf(B_TITLE);
        long embargo = itemIdOf(EMBARGO_TITLE);
        WebClient authorB = TestActors.signedIn(base, "access-author-b");
        for (long hidden : new long[] {a, embargo}) {
            for (String page : List.of("/admin/item?id=" + hidden, "/admin/preview?id=" + hidden)) {
                HttpResponse<String> refused = authorB.get(page);
                assertThat(refused.statusCode()).as(page).isEqualTo(404);
                assertThat(refused.body()).as(page).doesNotContain(A_TITLE, EMBARGO_TITLE, "Names of witnesses");
            }
        }
        assertThat(authorB.get("/admin/item?id=999999999").statusCode()).as("a missing item looks the same").isEqualTo(404);
        HttpResponse<String> own = authorB.get("/admin/item?id=" + b);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(B_TITLE);
        for (String page : List.of("/admin/items", "/admin/")) {
            HttpResponse<String> list = authorB.get(page);
            assertThat(list.statusCode()).as(page).isEqualTo(200);
            assertThat(list.body()).as(page).doesNotContain(A_TITLE, EMBARGO_TITLE);
        }

        WebClient editor = TestActors.signedIn(base, "access-editor");
        for (String page : List.of("/admin/item?id=" + a, "/admin/preview?id=" + a)) {
            HttpResponse<String> shown = editor.get(page);
            assertThat(shown.statusCode()).as(page).isEqualTo(200);
            assertThat(shown.body()).as(page).contains(A_TITLE);
        }
        assertThat(editor.get("/admin/items").body()).contains(A_TITLE, B_TITLE);
        assertThat(editor.get("/admin/").body()).contains(EMBARGO_TITLE);
    }

    @Test
    @Order(3)
    @RunAsClient
    void aDraftsPhotoIsForSignedInStaffOnlyAndNeverCached(@ArquillianResource URL base) throws Exception {
        String photo = "/media/" + storageKeyOf(PHOTO_NAME);
        WebClient visitor = new WebClient(base.toURI());
        assertThat(visitor.get(photo).statusCode()).isEqualTo(404);
        assertThat(visitor.get(photo + "/thumb").statusCode()).isEqualTo(404);

        WebClient laptop = TestActors.signedIn(base, "access-author-b");
        WebClient seizedPhone = TestActors.signedIn(base, "access-author-b");
        HttpResponse<String> staff = seizedPhone.get(photo);
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.headers().firstValue("Cache-Control")).hasValue("private, no-store");

        laptop.submit("/admin/two-factor", "sessions", Map.of(), "signOutEverywhere");
        assertThat(seizedPhone.get(photo).statusCode()).as("an ended session sees what a visitor sees")
                .isEqualTo(404);
        assertThat(seizedPhone.get("/admin/").statusCode()).as("and is no longer signed in").isEqualTo(302);
    }

    @Test
    @Order(4)
    void theEditorPublishesTheDraft() throws Exception {
        Actor editor = TestActors.ensure(accounts, "access-editor", Role.EDITOR);
        long a = catalog.search(new ItemQuery(null, null, null, null, null, null, null, A_TITLE), editor, 0, 1,
                "createdAt", false).get(0).id();
        content.transition(a, content.load(a).getVersion(), WorkflowAction.PUBLISH, null, editor);
    }

    @Test
    @Order(5)
    @RunAsClient
    void oncePublishedThePhotoIsPublicWithTheLongCache(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> shown = new WebClient(base.toURI()).get("/media/" + storageKeyOf(PHOTO_NAME));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    private static ItemContent text(String title, String body) {
        return ItemContent.text(Map.of(Language.EN, new TranslationContent(title, null, null, body, null)));
    }

    private static ItemContent withAttachment(long mediaId, String body) {
        return new ItemContent(null, null, null, null, null, null, null, null, null, null, null, List.of(),
                List.of(mediaId), Map.of(Language.EN, new TranslationContent(A_TITLE, null, null, body, null)), null);
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    private static List<String> titles(List<ItemRow> rows) {
        return rows.stream().map(ItemRow::title).toList();
    }

    private static void assertNotFound(ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("content.notFound"));
    }

    private static long itemIdOf(String title) throws Exception {
        return Long.parseLong(newest("select item_id from content_translation where title = ? order by item_id desc",
                title));
    }

    private static String storageKeyOf(String originalName) throws Exception {
        return newest("select storage_key from media_file where original_name = ? order by id desc", originalName);
    }

    private static String newest(String sql, String value) throws Exception {
        try (Connection db = DriverManager.getConnection(TestServices.jdbcUrl(), "barta", "barta");
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as(value).isTrue();
                return row.getString(1);
            }
        }
    }
}
