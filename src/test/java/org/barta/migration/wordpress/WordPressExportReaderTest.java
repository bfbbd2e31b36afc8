package org.barta.migration.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.barta.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordPressExportReaderTest {

    @TempDir
    Path folder;

    @Test
    void anExportGivesItsSiteAuthorsCategoriesPostsAndAttachments() throws Exception {
        WordPressExport export;
        try (InputStream in = getClass().getResourceAsStream("/wordpress/export.xml")) {
            export = WordPressExportReader.read(in);
        }
        assertThat(export.siteAddress()).isEqualTo("https://rights-voice.example.org");
        assertThat(export.language()).isEqualTo("en-US");
        assertThat(export.authors().get("mediaunit").email()).isEqualTo("media@rights-voice.example.org");
        assertThat(export.authors().get("volunteer").displayName()).isEqualTo("A Volunteer");
        assertThat(export.categories()).extracting(WordPressExport.Category::slug, WordPressExport.Category::parentSlug,
                WordPressExport.Category::name).containsExactly(
                        tuple("news", null, "News"), tuple("press-releases", "news", "Press releases"));
        Map<Long, WordPressPost> posts = export.posts().stream()
                .collect(Collectors.toMap(WordPressPost::id, Function.identity()));
        assertThat(posts).as("posts and pages; no attachment, no menu item").containsOnlyKeys(12L, 13L, 20L, 21L,
                22L, 30L);

        WordPressPost release = posts.get(12L);
        assertThat(release.title()).isEqualTo("Release the detained journalists");
        assertThat(release.slug()).isEqualTo("release-the-detained-journalists");
        assertThat(release.link()).isEqualTo(
                "https://rights-voice.example.org/2016/05/03/release-the-detained-journalists/");
        assertThat(release.status()).isEqualTo("publish");
        assertThat(release.published()).isEqualTo(Instant.parse("2016-05-03T04:00:00Z"));
        assertThat(release.publishedLocal()).isEqualTo(LocalDateTime.parse("2016-05-03T10:00:00"));
        assertThat(release.modified()).isEqualTo(Instant.parse("2016-05-04T03:30:00Z"));
        assertThat(release.content()).contains("<!--more-->").contains("vigil-1024x768.jpg")
                .doesNotContain("Thank you");
        assertThat(release.authorLogin()).isEqualTo("mediaunit");
        assertThat(release.categories()).containsExactly("press-releases");
        assertThat(release.tags()).containsExactly("disappearances");
        assertThat(release.language()).isEqualTo("en");
        assertThat(release.featuredImageId()).isEqualTo(45L);
        assertThat(release.sticky()).isTrue();

        WordPressPost bangla = posts.get(13L);
        assertThat(bangla.title()).isEqualTo("আটক সাংবাদিকদের মুক্তি দিন");
        assertThat(bangla.excerpt()).isEqualTo("তিনজন সাংবাদিকের মুক্তি দাবি।");
        assertThat(bangla.language()).isEqualTo("bn");
        assertThat(bangla.translationKey()).as("linked as translations").isEqualTo(release.translationKey());

        assertThat(posts.get(20L).status()).isEqualTo("future");
        assertThat(posts.get(20L).published()).isEqualTo(Instant.parse("2030-01-15T03:00:00Z"));
        assertThat(posts.get(21L).published()).as("a draft's zero date").isNull();
        assertThat(posts.get(22L).status()).isEqualTo("trash");
        assertThat(posts.get(30L).type()).isEqualTo("page");
        assertThat(posts.get(30L).translationKey()).isNull();

        assertThat(export.attachments().get(45L)).isEqualTo(new WordPressExport.Attachment(45,
                "https://rights-voice.example.org/wp-content/uploads/2016/05/vigil.jpg", "Vigil in Dhaka", 12));
        assertThat(export.attachments().get(46L).url()).endsWith("/detention-report.pdf");
    }

    @Test
    void aFileWithAnExternalEntityIsRefusedAndTheFileItNamesIsNeverRead() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "the server's secret");
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
                <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
                <item><title>&leak;</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type></item>
                </channel></rss>""".formatted(secret.toUri());
        assertRefused(hostile, "import.wxr.doctype");
    }

    @Test
    void entitiesThatExpandABillionTimesAreRefusedBeforeAnyExpansion() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        laughs.append("]><rss><channel><title>&a9;</title></channel></rss>");
        assertRefused(laughs.toString(), "import.wxr.doctype");
    }

    @Test
    void somethingElseThanAWordPressExportSaysSo() {
        assertRefused("<rss version=\"2.0\"><channel><title>A feed</title><item><title>x</title></item></channel>"
                + "</rss>", "import.wxr.notWordPress");
        assertRefused("PK\u0003\u0004 a zip, not xml", "import.wxr.unreadable");
        assertRefused("<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2"
                + "</wp:wxr_version><item><title>cut short", "import.wxr.unreadable");
    }

    private static void assertRefused(String xml, String messageKey) {
        assertThatThrownBy(() -> WordPressExportReader.read(new ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8)))).isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }
}
