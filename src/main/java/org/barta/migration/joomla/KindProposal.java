package org.barta.migration.joomla;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.barta.content.ContentKind;

/**
 * The kind Barta proposes for an old category, from words in its title, alias and path (English and Bangla). What
 * nothing matches becomes a page: imported rather than lost, and the administrator sees the proposal first.
 */
public final class KindProposal {

    private static final List<Map.Entry<List<String>, ContentKind>> WORDS = List.of(
            Map.entry(List.of("editorial", "সম্পাদকীয়"), ContentKind.EDITORIAL),
            Map.entry(List.of("press", "statement", "release", "বিবৃতি", "বিজ্ঞপ্তি"), ContentKind.PRESS_STATEMENT),
            Map.entry(List.of("event", "programme", "program", "workshop", "seminar", "অনুষ্ঠান", "কর্মশালা"),
                    ContentKind.EVENT_REPORT),
            Map.entry(List.of("report", "publication", "প্রতিবেদন", "প্রকাশনা"), ContentKind.REPORT),
            Map.entry(List.of("network", "partner", "member", "নেটওয়ার্ক"), ContentKind.NETWORK_PAGE),
            Map.entry(List.of("unit", "ইউনিট"), ContentKind.UNIT_PAGE),
            Map.entry(List.of("news", "সংবাদ"), ContentKind.PRESS_STATEMENT));

    private KindProposal() {
    }

    public static ContentKind of(JoomlaCategory category) {
        String words = String.join(" ", category.title(), category.alias(), String.valueOf(category.path()))
                .toLowerCase(Locale.ROOT);
        for (Map.Entry<List<String>, ContentKind> entry : WORDS) {
            if (entry.getKey().stream().anyMatch(words::contains)) {
                return entry.getValue();
            }
        }
        return ContentKind.PAGE;
    }
}
