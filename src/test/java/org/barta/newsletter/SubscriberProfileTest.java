package org.barta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.barta.content.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A press office's profile of a subscriber: how values are cleaned and refused, filtered and read from files. */
class SubscriberProfileTest {

    @TempDir
    Path dir;

    @Test
    void valuesAreTrimmedBlankIsNoneAndTagsAreLowerCaseWithoutRepeats() {
        SubscriberProfile profile = SubscriberProfile.of("  The Daily\n Star ", "\thuman rights   reporter ", "   ",
                " bd ", "Press; DHAKA | press,, human rights ;");

        assertThat(profile.organisation()).isEqualTo("The Daily Star");
        assertThat(profile.beat()).isEqualTo("human rights reporter");
        assertThat(profile.district()).isNull();
        assertThat(profile.country()).isEqualTo("BD");
        assertThat(profile.tags()).containsExactly("press", "dhaka", "human rights");
        assertThat(profile.tagsText()).isEqualTo("press, dhaka, human rights");
        assertThat(SubscriberProfile.of(null, " ", "", null, " ; | ").isEmpty()).isTrue();
    }

    @Test
    void aCountryIsItsIsoCodeOrItsNameInEnglishOrBangla() {
        assertThat(SubscriberProfile.country("gb")).contains("GB");
        assertThat(SubscriberProfile.country("Bangladesh")).contains("BD");
        assertThat(SubscriberProfile.country("বাংলাদেশ")).contains("BD");
        assertThat(SubscriberProfile.country(" INDIA ")).contains("IN");
        assertThat(SubscriberProfile.country("  ")).isEmpty();
        assertThatThrownBy(() -> SubscriberProfile.country("Atlantis"))
                .isInstanceOfSatisfying(ProfileRefused.class, refused -> {
                    assertThat(refused.problem()).isEqualTo(ProfileProblem.UNKNOWN_COUNTRY);
                    assertThat(refused.problem().field()).isEqualTo("country");
                    assertThat(refused.messageKey()).isEqualTo("subscribers.profile.UNKNOWN_COUNTRY");
                    assertThat(refused.arguments()).containsExactly("Atlantis");
                });
        assertThatThrownBy(() -> SubscriberProfile.country("XX")).isInstanceOf(ProfileRefused.class);
        assertThatThrownBy(() -> SubscriberProfile.country("BGD")).as("alpha-3 is not what we store")
                .isInstanceOf(ProfileRefused.class);
    }

    @Test
    void valuesThatDoNotFitAreRefusedNamingTheFieldAndTheLimit() {
        String bangla = "ক".repeat(SubscriberProfile.MAX_ORGANISATION);
        assertThat(SubscriberProfile.of(bangla, null, null, null, (String) null).organisation()).isEqualTo(bangla);
        assertRefused(() -> SubscriberProfile.of(bangla + "ক", null, null, null, (String) null),
                ProfileProblem.ORGANISATION_TOO_LONG, 200);
        assertRefused(() -> SubscriberProfile.of(null, "b".repeat(101), null, null, (String) null),
                ProfileProblem.BEAT_TOO_LONG, 100);
        assertRefused(() -> SubscriberProfile.of(null, null, "d".repeat(101), null, (String) null),
                ProfileProblem.DISTRICT_TOO_LONG, 100);
        assertRefused(() -> SubscriberProfile.of(null, null, null, null, "t".repeat(51)),
                ProfileProblem.TAG_TOO_LONG, 50);
        String twentyOne = String.join(";", IntStream.rangeClosed(1, 21).mapToObj(i -> "tag" + i).toList());
        assertRefused(() -> SubscriberProfile.of(null, null, null, null, twentyOne), ProfileProblem.TOO_MANY_TAGS, 20);
        String twentyRepeated = twentyOne.replace("tag21", "TAG1");
        assertThat(SubscriberProfile.of(null, null, null, null, twentyRepeated).tags()).as("repeats count once")
                .hasSize(20);
    }

    @Test
    void anImportFillsOnlyEmptyFieldsAndAddsTagsUpToTheLimit() {
        SubscriberProfile known = new SubscriberProfile("Prothom Alo", null, "Sylhet", null, List.of("press"));
        SubscriberProfile file = new SubscriberProfile("Other Paper", "court reporter", "Dhaka", "BD",
                List.of("press", "courts"));

        SubscriberProfile merged = known.completedBy(file);

        assertThat(merged).isEqualTo(new SubscriberProfile("Prothom Alo", "court reporter", "Sylhet", "BD",
                List.of("press", "courts")));
        List<String> twenty = IntStream.range(0, 20).mapToObj(i -> "t" + i).toList();
        assertThat(new SubscriberProfile(null, null, null, null, twenty).completedBy(file).tags()).isEqualTo(twenty);
    }

    @Test
    void aFilterIsCleanedAsAProfileIsAndCheckedBeforeASegmentKeepsIt() {
        ProfileFilter filter = new ProfileFilter(" Daily ", "", " Dhaka ", "bd", " Press ");
        assertThat(filter).isEqualTo(new ProfileFilter("Daily", null, "Dhaka", "BD", "press"));
        assertThat(new ProfileFilter(" ", null, "", null, "  ").isAny()).isTrue();
        assertThat(new ProfileFilter(null, null, null, "Bangladesh", null).checked().country()).isEqualTo("BD");
        assertRefused(() -> new ProfileFilter(null, null, null, "Atlantis", null).checked(),
                ProfileProblem.UNKNOWN_COUNTRY, "ATLANTIS");
        assertRefused(() -> new ProfileFilter("o".repeat(201), null, null, null, null).checked(),
                ProfileProblem.ORGANISATION_TOO_LONG, 200);
    }

    @Test
    void aSegmentsPredicateIsSqlOverTheSubscriberWithItsParametersInOrder() {
        SegmentPredicate predicate = SegmentPredicate.of(
                new ProfileFilter("Star_100%", "rights!", "Dhaka", "BD", "press"), Language.BN);

        assertThat(predicate.sql()).isEqualTo("s.organisation LIKE ? ESCAPE '!' AND s.beat LIKE ? ESCAPE '!'"
                + " AND s.district = ? AND s.country = ?"
                + " AND EXISTS (SELECT 1 FROM subscriber_tag st WHERE st.subscriber_id = s.id AND st.tag = ?)"
                + " AND s.language = ?");
        assertThat(predicate.parameters())
                .containsExactly("%Star!_100!%%", "%rights!!%", "Dhaka", "BD", "press", "bn");
        assertThat(predicate.sql()).as("values are parameters, never text").doesNotContain("Dhaka", "press");

        assertThat(SegmentPredicate.of(new ProfileFilter(null, null, null, null, "courts"), null))
                .isEqualTo(new SegmentPredicate(
                        "EXISTS (SELECT 1 FROM subscriber_tag st WHERE st.subscriber_id = s.id AND st.tag = ?)",
                        List.of("courts")));
        assertThat(SegmentPredicate.of(ProfileFilter.ANY, null)).isEqualTo(SegmentPredicate.NONE);
        assertThat(SegmentPredicate.NONE.sql()).isEqualTo("1 = 1");
    }

    @Test
    void anImportedRowCarriesItsProfileOrIsRefusedForTheValueThatDoesNotFit() throws IOException {
        Path file = dir.resolve("press.csv");
        Files.writeString(file, String.join("\n",
                "email,name,organisation,role,district,country,tags",
                "rina@example.org,Rina,The Daily Star,Human rights reporter,Dhaka,bd,Press;Rights|press",
                "atlantis@example.org,Nobody,Paper,,,Atlantis,",
                "long@example.org,Long," + "o".repeat(201) + ",,,,",
                "bare@example.org,Bare,,,,,",
                "many@example.org,Many,,,,," + String.join(";", Collections.nCopies(1, "x")) + ";"
                        + String.join(";", IntStream.range(0, 21).mapToObj(i -> "t" + i).toList())) + "\n",
                StandardCharsets.UTF_8);
        ImportMapping mapping = new ImportMapping(0, 1, null, true, Language.EN, ConsentMode.HAVE_CONSENT, null,
                new ImportMapping.ProfileColumns(2, 3, 4, 5, 6));

        List<ImportRowValidator.RowCheck> checks = new ArrayList<>();
        SubscriberCsv.checkRows(file, SubscriberCsv.inspect(file), mapping, checks::add);

        assertThat(checks.get(0).candidate().profile()).isEqualTo(new SubscriberProfile("The Daily Star",
                "Human rights reporter", "Dhaka", "BD", List.of("press", "rights")));
        assertThat(checks.get(1).refusal()).isEqualTo(new ImportReportRow(3, "atlantis@example.org",
                ImportOutcome.UNKNOWN_COUNTRY));
        assertThat(checks.get(2).refusal()).isEqualTo(new ImportReportRow(4, "long@example.org",
                ImportOutcome.ORGANISATION_TOO_LONG));
        assertThat(checks.get(3).candidate().profile()).isEqualTo(SubscriberProfile.EMPTY);
        assertThat(checks.get(4).refusal().outcome()).isEqualTo(ImportOutcome.TOO_MANY_TAGS);
        assertThat(ProfileProblem.values()).allSatisfy(problem -> assertThat(ImportOutcome.valueOf(problem.name()))
                .as("each profile refusal has its import outcome").isNotNull());
    }

    private static void assertRefused(Runnable action, ProfileProblem problem, Object limit) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProfileRefused.class, refused -> {
            assertThat(refused.problem()).isEqualTo(problem);
            assertThat(refused.arguments()).containsExactly(limit);
        });
    }
}
