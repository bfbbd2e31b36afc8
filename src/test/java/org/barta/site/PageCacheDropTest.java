package org.barta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.barta.content.ContentKind;
import org.barta.content.PublicContentChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which stored pages a change of one item drops, and that a page rendered across a change is not stored. */
class PageCacheDropTest {

    private static final long CHILD_RIGHTS = 1;
    private static final long FLOODS = 2;

    private final PageCache cache = new PageCache();

    @BeforeEach
    void storeSomePages() {
        cache.enabled = true;
        cache.maxMegabytes = 64;
        store("/en/", null);
        store("/en/press-statements/", null);
        store("/en/feed.xml", null);
        store("/en/press-statements/workers", new PageCache.ItemPage(10, Set.of(CHILD_RIGHTS)));
        store("/bn/press-statements/workers-bn", new PageCache.ItemPage(10, Set.of(CHILD_RIGHTS)));
        store("/en/press-statements/schools", new PageCache.ItemPage(11, Set.of(CHILD_RIGHTS, FLOODS)));
        store("/en/editorials/embankments", new PageCache.ItemPage(12, Set.of(FLOODS)));
        store("/en/networks/forum", new PageCache.ItemPage(13, Set.of()));
    }

    @Test
    void anEditedItemDropsItsOwnPagesThePagesSharingItsTagsAndEveryList() {
        cache.drop(new PublicContentChanged(10, ContentKind.PRESS_STATEMENT, Set.of(CHILD_RIGHTS)));

        assertThat(stored()).containsExactlyInAnyOrder("/en/editorials/embankments", "/en/networks/forum");
    }

    @Test
    void anItemWithoutTagsDropsOnlyItsOwnPagesAndTheLists() {
        cache.drop(new PublicContentChanged(13, ContentKind.NETWORK_PAGE, Set.of()));

        assertThat(stored()).containsExactlyInAnyOrder("/en/press-statements/workers",
                "/bn/press-statements/workers-bn", "/en/press-statements/schools", "/en/editorials/embankments");
    }

    @Test
    void aNewItemEntersTheRelatedListsOfItsTagsPages() {
        cache.drop(new PublicContentChanged(99, ContentKind.EDITORIAL, Set.of(FLOODS)));

        assertThat(stored()).containsExactlyInAnyOrder("/en/press-statements/workers",
                "/bn/press-statements/workers-bn", "/en/networks/forum");
    }

    @Test
    void aPlainPageIsInEveryPagesFooterSoEverythingGoes() {
        cache.drop(new PublicContentChanged(50, ContentKind.PAGE, Set.of()));

        assertThat(stored()).isEmpty();
    }

    @Test
    void aPageRenderedWhileAnUnrelatedItemChangedIsNotStored() {
        long generation = cache.generation();
        cache.drop(new PublicContentChanged(99, ContentKind.EDITORIAL, Set.of()));
        cache.put("/en/networks/other", generation, bytes("late"), "text/html", new PageCache.ItemPage(14, Set.of()));

        assertThat(cache.get("/en/networks/other")).isEmpty();
        assertThat(cache.get("/en/networks/forum")).as("an unrelated item page stays").isPresent();
    }

    private void store(String key, PageCache.ItemPage itemPage) {
        cache.put(key, cache.generation(), bytes(key), "text/html", itemPage);
    }

    private List<String> stored() {
        return Stream.of("/en/", "/en/press-statements/", "/en/feed.xml",
                "/en/press-statements/workers", "/bn/press-statements/workers-bn", "/en/press-statements/schools",
                "/en/editorials/embankments", "/en/networks/forum").filter(key -> cache.get(key).isPresent()).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
