package org.barta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.barta.content.ContentKind;
import org.barta.content.Language;
import org.junit.jupiter.api.Test;

class ListedItemTest {

    // The localized date needs the organisation's time zone from MicroProfile Config: PublicSiteIT checks it.
    private static final Instant PUBLISHED = Instant.parse("2026-11-24T08:30:00Z");

    @Test
    void aBanglaStatementLinksToItsEncodedAddress() {
        ListedItem item = new ListedItem(Language.BN, "শিশু-অধিকার", "শিরোনাম", "সারাংশ", ContentKind.PRESS_STATEMENT,
                PUBLISHED);

        assertThat(item.getUrl()).isEqualTo("/bn/press-statements/%E0%A6%B6%E0%A6%BF%E0%A6%B6%E0%A7%81-"
                + "%E0%A6%85%E0%A6%A7%E0%A6%BF%E0%A6%95%E0%A6%BE%E0%A6%B0");
        assertThat(item.getKindKey()).isEqualTo("kind.PRESS_STATEMENT");
        assertThat(item.getTitle()).isEqualTo("শিরোনাম");
        assertThat(item.getSummary()).isEqualTo("সারাংশ");
        assertThat(item.getPublishedAt()).isEqualTo(PUBLISHED);
    }

    @Test
    void aPlainPageLivesRightUnderItsLanguage() {
        ListedItem page = new ListedItem(Language.EN, "contact-us", "Contact us", null, ContentKind.PAGE,
                PUBLISHED);

        assertThat(page.getUrl()).isEqualTo("/en/contact-us");
    }
}
