package org.barta.newsletter.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextWrapperTest {

    @Test
    void longLinesBreakBetweenWordsKeepingTheirIndentation() {
        String wrapped = PlainTextWrapper.wrap("  ASK is deeply concerned about the rising number of children held in "
                + "custody without trial and calls on the government to act.");

        assertThat(wrapped).isEqualTo("  ASK is deeply concerned about the rising number of children held in\n"
                + "  custody without trial and calls on the government to act.");
    }

    @Test
    void listItemsHangAndLinksStayWhole() {
        String link = "https://ask.example.org/en/press-statements/urgent-action-needed-to-protect-child-rights-now";
        String wrapped = PlainTextWrapper.wrap("- Read the whole statement with its annexes and the list of signatories: "
                + link + "\nshort line");

        assertThat(wrapped).isEqualTo("- Read the whole statement with its annexes and the list of signatories:\n  "
                + link + "\nshort line");
    }

    @Test
    void banglaWrapsBetweenWordsToo() {
        String line = "আপনি আইন ও সালিশ কেন্দ্র (আসক)-এর নিউজলেটারে সাবস্ক্রাইব করেছেন বলে এই ই-মেইলটি পাচ্ছেন।";

        assertThat(PlainTextWrapper.wrap(line).lines()).hasSize(2)
                .allMatch(l -> l.codePointCount(0, l.length()) <= PlainTextWrapper.WIDTH);
        assertThat(PlainTextWrapper.wrap(line).replace('\n', ' ')).isEqualTo(line);
    }
}
