package org.barta.migration.joomla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JoomlaFilesTest {

    private static final String SITE = "www.rights-watch.example.org";

    @Test
    void theOldSitesMediaFolderIsNamedInEveryFormJoomlaWroteIt() {
        assertThat(JoomlaFiles.oldPath("images/stories/a.jpg", SITE, "images")).hasValue("images/stories/a.jpg");
        assertThat(JoomlaFiles.oldPath("/images/stories/a%20b.jpg", SITE, "images")).hasValue("images/stories/a b.jpg");
        assertThat(JoomlaFiles.oldPath("http://rights-watch.example.org/images/docs/r.pdf?v=2", SITE, "images"))
                .hasValue("images/docs/r.pdf");
        assertThat(JoomlaFiles.oldPath("images/e/k.jpg#joomlaImage://local-images/e/k.jpg?width=640&height=480", SITE,
                "images"))
                .hasValue("images/e/k.jpg");
    }

    @Test
    void nothingElseIsAnOldFile() {
        assertThat(JoomlaFiles.oldPath("https://elsewhere.example.com/images/a.jpg", SITE, "images")).isEmpty();
        assertThat(JoomlaFiles.oldPath("/index.php/news/12-old", SITE, "images")).isEmpty();
        assertThat(JoomlaFiles.oldPath("images/../configuration.php", SITE, "images")).isEmpty();
        assertThat(JoomlaFiles.oldPath("/images/%2e%2e/configuration.php", SITE, "images")).isEmpty();
        assertThat(JoomlaFiles.oldPath("file:///etc/passwd", SITE, "images")).isEmpty();
        assertThat(JoomlaFiles.oldPath("mailto:a@example.org", SITE, "images")).isEmpty();
        assertThat(JoomlaFiles.oldPath("images/", SITE, "images")).isEmpty();
    }

    @Test
    void addressesAreRewrittenWhereTheyAppearAndOnlyThere() {
        String html = "<p><img src=\"images/a.jpg\" alt=\"A\"> <a href=\"/images/d.pdf\">d</a>"
                + " <a href=\"https://other.example.com/images/a.jpg\">x</a></p>";
        assertThat(JoomlaFiles.referenced(html, SITE, "images")).containsExactly("images/a.jpg", "images/d.pdf");
        assertThat(JoomlaFiles.rewritten(html, SITE, "images", Map.of("images/a.jpg", "/media/k1", "images/d.pdf",
                "/media/k2"))).isEqualTo("<p><img src=\"/media/k1\" alt=\"A\"> <a href=\"/media/k2\">d</a>"
                        + " <a href=\"https://other.example.com/images/a.jpg\">x</a></p>");
    }

    @Test
    void theFeaturedImageIsTheFullTextsOrElseTheIntros() {
        assertThat(JoomlaFiles.featured("{\"image_intro\":\"images/i.jpg\",\"image_intro_alt\":\"Intro\","
                + "\"image_fulltext\":\"images/f.jpg\",\"image_fulltext_alt\":\"Full\"}"))
                .hasValue(new JoomlaFiles.Image("images/f.jpg", "Full"));
        assertThat(JoomlaFiles.featured("{\"image_intro\":\"images/i.jpg\",\"image_fulltext\":\"\"}"))
                .hasValue(new JoomlaFiles.Image("images/i.jpg", ""));
        assertThat(JoomlaFiles.featured("")).isEmpty();
        assertThat(JoomlaFiles.featured("not json")).isEmpty();
    }

    @Test
    void filesAreFoundOnlyUnderTheImagesFolderInEitherNormalForm(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("images"));
        Files.writeString(root.resolve("images/re\u0301sume\u0301.pdf"), "decomposed");
        Files.writeString(root.resolve("configuration.php"), "secret");
        assertThat(JoomlaFiles.file(root, "images", "images/r\u00e9sum\u00e9.pdf")).hasValueSatisfying(
                found -> assertThat(found.getFileName().toString()).isEqualTo("re\u0301sume\u0301.pdf"));
        assertThat(JoomlaFiles.file(root, "images", "images/../configuration.php")).isEmpty();
        assertThat(JoomlaFiles.file(root, "images", "images/none.jpg")).isEmpty();
        Files.createSymbolicLink(root.resolve("images/settings.pdf"), root.resolve("configuration.php"));
        assertThat(JoomlaFiles.file(root, "images", "images/settings.pdf")).as("a link out of images/").isEmpty();
    }
}
