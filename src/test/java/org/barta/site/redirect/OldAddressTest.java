package org.barta.site.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OldAddressTest {

    @Test
    void aRequestPathIsDecodedAndLosesItsTrailingSlash() {
        assertThat(OldAddress.ofRequestPath("/index.php/en/news/12-old-article/"))
                .hasValue("/index.php/en/news/12-old-article");
        assertThat(OldAddress.ofRequestPath("/bn/%E0%A6%96%E0%A6%AC%E0%A6%B0")).hasValue("/bn/খবর");
        assertThat(OldAddress.ofRequestPath("/a+b")).as("a plus in a path is a plus").hasValue("/a+b");
        assertThat(OldAddress.ofRequestPath("/")).hasValue("/");
    }

    @Test
    void unusablePathsAreNone() {
        assertThat(OldAddress.ofRequestPath("/bad%zzencoding")).isEmpty();
        assertThat(OldAddress.ofRequestPath("relative/path")).isEmpty();
        assertThat(OldAddress.ofRequestPath("/line%0Abreak")).isEmpty();
        assertThat(OldAddress.ofRequestPath("//other.example/x")).isEmpty();
        assertThat(OldAddress.ofRequestPath("/" + "a".repeat(OldAddress.LONGEST))).isEmpty();
    }

    @Test
    void whatAnEditorTypesMayBeAPathOrTheOldSitesAddressAndItsQueryIsIgnored() {
        assertThat(OldAddress.ofTyped(" /news/old-article.html?Itemid=101 ")).hasValue("/news/old-article.html");
        assertThat(OldAddress.ofTyped("https://old.example.org/index.php/en/news/12-old?lang=en"))
                .hasValue("/index.php/en/news/12-old");
        assertThat(OldAddress.ofTyped("http://old.example.org")).hasValue("/");
        assertThat(OldAddress.ofTyped("/with space.html")).hasValue("/with space.html");
        assertThat(OldAddress.ofTyped("not an address")).isEmpty();
        assertThat(OldAddress.ofTyped(null)).isEmpty();
    }

    @Test
    void theSitesOwnAddressesAreReserved() {
        assertThat(OldAddress.reserved("/admin/items")).isTrue();
        assertThat(OldAddress.reserved("/login")).isTrue();
        assertThat(OldAddress.reserved("/media/12/photo.jpg")).isTrue();
        assertThat(OldAddress.reserved("/en")).isTrue();
        assertThat(OldAddress.reserved("/")).isTrue();
        assertThat(OldAddress.reserved("/en/news/12-old")).isFalse();
        assertThat(OldAddress.reserved("/administrator-notes.html")).isFalse();
        assertThat(OldAddress.reserved("/images/photo.jpg")).isFalse();
    }

    @Test
    void joomlaArticleQueriesAreKeptUnderTheArticleAlone() {
        assertThat(OldAddress.lookups("/index.php",
                "option=com_content&view=article&id=12:old-alias&catid=3&Itemid=101&lang=bn"))
                .containsExactly("/index.php?option=com_content&view=article&id=12");
        assertThat(OldAddress.lookups("/index.php", "option=com_content&task=view&id=7"))
                .containsExactly(OldAddress.joomlaArticle(7));
        assertThat(OldAddress.lookups("/index.php", "option=com_contact&view=contact&id=7")).isEmpty();
        assertThat(OldAddress.lookups("/index.php", null)).isEmpty();
    }

    @Test
    void wordPressPostAndPageQueriesAreKeptUnderThePostAlone() {
        assertThat(OldAddress.lookups("/", "p=12")).containsExactly("/?p=12");
        assertThat(OldAddress.lookups("/index.php", "page_id=30&lang=bn")).containsExactly("/?page_id=30");
        assertThat(OldAddress.lookups("/", "utm_source=mail")).as("the home page itself").containsExactly("/");
        assertThat(OldAddress.lookups("/", "p=12abc")).containsExactly("/");
        assertThat(OldAddress.lookups("/2016/05/03/release-the-detained-journalists/", null))
                .containsExactly("/2016/05/03/release-the-detained-journalists");
    }

    @Test
    void joomlaPathsAreLookedUpWithoutIndexPhpLanguageAndHtmlAndByTheirArticleSegment() {
        assertThat(OldAddress.lookups("/index.php/bn/news/12-old-alias.html", null)).containsExactly(
                "/index.php/bn/news/12-old-alias.html", "/news/12-old-alias", "/12-old-alias");
        assertThat(OldAddress.lookups("/about", "Itemid=3")).containsExactly("/about");
        assertThat(OldAddress.lookups("/news/2016", null)).as("a number alone is no article").containsExactly(
                "/news/2016");
    }
}
