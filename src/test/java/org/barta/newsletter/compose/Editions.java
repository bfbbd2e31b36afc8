package org.barta.newsletter.compose;

import java.time.YearMonth;
import java.util.List;
import org.barta.content.Language;

/** Editions as the edition service hands them over, in English and in Bangla. */
final class Editions {

    static final String SITE = "https://ask.example.org";
    static final String ADDRESS = "7/17 Block B, Lalmatia\nDhaka 1207, Bangladesh";

    private Editions() {
    }

    static EditionView english(String subject, String introHtml) {
        return new EditionView(Language.EN, 12, YearMonth.of(2026, 11), subject, introHtml, List.of(
                new EditionSection("Press statements", List.of(
                        new EditionEntry("Urgent action needed to protect child rights",
                                "ASK is deeply concerned about the rising number of children held in custody without "
                                        + "trial and calls on the government to act before the end of the year.",
                                SITE + "/en/press-statements/urgent-action-needed-to-protect-child-rights",
                                "3 November 2026"),
                        new EditionEntry("Statement on the new data protection law", "",
                                SITE + "/en/press-statements/statement-on-the-new-data-protection-law",
                                "17 November 2026"))),
                new EditionSection("Events", List.of(
                        new EditionEntry("Human rights film week in Rajshahi",
                                "Five evenings of documentaries and discussions.",
                                SITE + "/en/events/human-rights-film-week-in-rajshahi", "20 November 2026")))),
                "Ain o Salish Kendra (ASK)", ADDRESS, SITE, SITE + "/en/archive/2026/11/");
    }

    static EditionView bangla(String subject) {
        return new EditionView(Language.BN, 12, YearMonth.of(2026, 11), subject,
                "<p>প্রিয় পাঠক, এই মাসের <a href=\"/bn/reports/\">প্রতিবেদনগুলো</a> পড়ুন।</p>", List.of(
                        new EditionSection("প্রেস বিজ্ঞপ্তি", List.of(
                                new EditionEntry("শিশু অধিকার রক্ষায় জরুরি পদক্ষেপ চাই",
                                        "আসক উদ্বেগ প্রকাশ করছে।",
                                        SITE + "/bn/press-statements/%E0%A6%B6%E0%A6%BF%E0%A6%B6%E0%A7%81",
                                        "৩ নভেম্বর ২০২৬")))),
                "আইন ও সালিশ কেন্দ্র (আসক)", "৭/১৭ ব্লক বি, লালমাটিয়া\nঢাকা ১২০৭, বাংলাদেশ", SITE,
                SITE + "/bn/archive/2026/11/");
    }
}
