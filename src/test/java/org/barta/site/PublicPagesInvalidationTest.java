package org.barta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.barta.content.ContentKind;
import org.barta.content.PublicContentChanged;
import org.junit.jupiter.api.Test;

/** A change of one item crosses the cluster as a string and arrives as the same change. */
class PublicPagesInvalidationTest {

    @Test
    void anItemsChangeTravelsWithItsKindAndTags() {
        var change = new PublicContentChanged(42, ContentKind.PRESS_STATEMENT, Set.of(3L, 7L));

        assertThat(PublicPagesInvalidation.itemOf(PublicPagesInvalidation.signalOf(change))).hasValue(change);
    }

    @Test
    void anItemWithoutTagsToo() {
        var change = new PublicContentChanged(5, ContentKind.PAGE, Set.of());

        assertThat(PublicPagesInvalidation.itemOf(PublicPagesInvalidation.signalOf(change))).hasValue(change);
    }

    @Test
    void anUnreadableSignalIsNoItem() {
        for (String garbage : new String[] {"public-item-changed:", "public-item-changed:x:PAGE:",
                "public-item-changed:1:NOT_A_KIND:", "public-item-changed:1:PAGE:a,b", "public-item-changed:1:PAGE"}) {
            assertThat(PublicPagesInvalidation.itemOf(garbage)).as(garbage).isEmpty();
        }
    }
}
