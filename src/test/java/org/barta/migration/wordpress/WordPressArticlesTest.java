package org.barta.migration.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.barta.migration.joomla.JoomlaArticle;
import org.barta.migration.joomla.JoomlaCategory;
import org.barta.migration.joomla.JoomlaFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WordPressArticlesTest {

    private WordPressExport export;
    private WordPressArticles site;
    private Map<Long, JoomlaArticle> articles;

    @BeforeEach
    void read() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/wordpress/export.xml")) {
            export = WordPressExportReader.read(in);
        }
        site = new WordPressArticles(export);
        articles = site.articles().stream().collect(Collectors.toMap(JoomlaArticle::id, Function.identity()));
    }

    @Test
    void categoriesKeepTheirNestingAndPagesGetOneOfTheirOwn() {
        assertThat(site.categories()).extracting(JoomlaCategory::title, JoomlaCategory::path)
                .containsExactly(tuple("News", "news"),
                        tuple("Press releases", "news/press-releases"),
                        tuple("Pages", "pages"));
        long pressReleases = site.categories().get(1).id();
        assertThat(site.categories().get(1).parentId()).isEqualTo(site.categories().get(0).id());
        assertThat(articles.get(12L).categoryId()).isEqualTo(pressReleases);
        assertThat(articles.get(30L).categoryId()).isEqualTo(site.categories().get(2).id());
    }

    @Test
    void aPostBecomesAnArticleWithItsIntroFeaturedImageAuthorAndState() {
        JoomlaArticle release = articles.get(12L);
        assertThat(release.introText()).contains("World Press Freedom Day").doesNotContain("vigil");
        assertThat(release.fullText()).contains("vigil-1024x768.jpg").doesNotContain("<!--more-->");
        assertThat(release.state()).isEqualTo(JoomlaArticle.PUBLISHED);
        assertThat(release.publishUp()).isEqualTo(Instant.parse("2016-05-03T04:00:00Z"));
        assertThat(release.language()).isEqualTo("en");
        assertThat(release.tags()).containsExactly("disappearances");
        assertThat(release.featured()).isTrue();
        assertThat(release.author()).isEqualTo(new JoomlaArticle.Author("media@rights-voice.example.org",
                "Media Unit"));
        assertThat(JoomlaFiles.featured(release.images())).hasValue(new JoomlaFiles.Image(
                "https://rights-voice.example.org/wp-content/uploads/2016/05/vigil.jpg", "Vigil in Dhaka"));
        assertThat(articles.get(13L).metaDescription()).isEqualTo("তিনজন সাংবাদিকের মুক্তি দাবি।");
        assertThat(site.translationKeys()).containsOnlyKeys(12L, 13L);

        assertThat(articles.get(20L).state()).as("scheduled").isEqualTo(JoomlaArticle.PUBLISHED);
        assertThat(articles.get(21L).state()).as("draft").isEqualTo(JoomlaArticle.UNPUBLISHED);
        assertThat(articles.get(22L).state()).as("in the trash").isEqualTo(JoomlaArticle.TRASHED);
        assertThat(articles.get(30L).language()).as("the site's language").isEqualTo("en-US");
    }

    @Test
    void classicEditorTextGetsItsParagraphsAndLosesItsShortcodes() {
        assertThat(WordPressArticles.html("First line\nsecond line.\n\nNext paragraph.\n"))
                .isEqualTo("<p>First line<br>\nsecond line.</p>\n<p>Next paragraph.</p>\n");
        assertThat(WordPressArticles.html("<p>Kept [gallery ids=\"4,5\"] as it was.</p>"))
                .isEqualTo("<p>Kept  as it was.</p>");
        assertThat(WordPressArticles.html("[caption id=\"a\" width=\"300\"]<img src=\"x.jpg\"> A vigil[/caption]"))
                .isEqualTo("<p><img src=\"x.jpg\"> A vigil</p>\n");
        assertThat(WordPressArticles.html("<p>Tags [1] stay</p>")).as("not a shortcode").contains("[1]");
    }

    @Test
    void eachPostKeepsItsQueryPermalinkDateAndSlugAddresses() {
        Map<Long, WordPressPost> posts = export.posts().stream()
                .collect(Collectors.toMap(WordPressPost::id, Function.identity()));
        assertThat(site.addressesOf(posts.get(12L))).containsExactly("/?p=12",
                "/2016/05/03/release-the-detained-journalists", "/release-the-detained-journalists");
        assertThat(site.addressesOf(posts.get(13L))).containsExactly("/?p=13", "/bn/2016/05/03/atok-sangbadik",
                "/2016/05/03/atok-sangbadik", "/atok-sangbadik");
        assertThat(site.addressesOf(posts.get(30L))).containsExactly("/?page_id=30", "/who-we-are");
        assertThat(site.addressesOf(posts.get(21L))).as("a draft without a slug").containsExactly("/?p=21");
    }
}
