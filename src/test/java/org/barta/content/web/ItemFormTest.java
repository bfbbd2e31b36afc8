package org.barta.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.barta.content.ContentKind;
import org.barta.content.EventType;
import org.barta.content.ItemContent;
import org.barta.content.Language;
import org.barta.content.PressContact;
import org.barta.content.TranslationContent;
import org.barta.platform.web.FormValidation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The item editor's form: made from an item's content and back without loss for every kind, and its field rules,
 * each with its message from ValidationMessages in both languages, shown at the field's component.
 */
class ItemFormTest {

    private static final TranslationContent ENGLISH = new TranslationContent("Workshop for journalists",
            "workshop-for-journalists", "Twenty-five reporters", "<p>Reporting child domestic work.</p>", "Photo");
    private static final TranslationContent BANGLA = new TranslationContent("সাংবাদিকদের কর্মশালা",
            "সাংবাদিকদের-কর্মশালা", "পঁচিশজন সাংবাদিক", "<p>শিশু গৃহকর্মী বিষয়ে প্রতিবেদন।</p>", "ছবি");
    private static final Locale BN = Locale.forLanguageTag("bn");

    private static ValidatorFactory factory;
    private static Validator english;
    private static Validator bangla;

    @BeforeAll
    static void validators() {
        factory = Validation.buildDefaultValidatorFactory();
        english = FormValidation.validator(factory, Locale.ENGLISH);
        bangla = FormValidation.validator(factory, BN);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /** An item of the kind with every field its kind has, both languages, tags, attachments and an image. */
    private static ItemContent full(ContentKind kind) {
        Map<Language, TranslationContent> text = Map.of(Language.EN, ENGLISH, Language.BN, BANGLA);
        return switch (kind) {
            case EVENT_REPORT -> new ItemContent(EventType.JOURNALIST_WORKSHOP, LocalDate.of(2026, 11, 16),
                    "Press club", "Kushtia", null, null, null, null, null, null, 7L, List.of(3L, 1L), List.of(9L),
                    text, null);
            case NETWORK_PAGE -> new ItemContent(null, null, null, null, "FORUM-ASIA", "https://forum-asia.org",
                    "Asia", 1991, null, null, 7L, List.of(3L), List.of(9L, 8L), text, null);
            case REPORT -> new ItemContent(null, null, null, null, null, null, null, null, LocalDate.of(2026, 1, 31),
                    12L, 7L, List.of(), List.of(), text, null);
            default -> new ItemContent(null, null, null, null, null, null, null, null, null, null, 7L, List.of(2L),
                    List.of(9L), text, null);
        };
    }

    @ParameterizedTest
    @EnumSource(ContentKind.class)
    void everyKindsContentComesBackFromTheFormUnchanged(ContentKind kind) {
        ItemContent content = full(kind);

        ItemForm form = ItemForm.of(content);

        assertThat(form.content()).isEqualTo(content);
        assertThat(violations(english, form)).isEmpty();
    }

    @Test
    void theFormEditsWhatThePageBinds() {
        ItemForm form = ItemForm.of(full(ContentKind.NETWORK_PAGE));

        form.getText().get(Language.EN).setTitle("Asian Forum");
        form.getNetwork().setWebsite("https://www.forum-asia.org/");
        form.getEvent().setVenue("ignored for a network page, kept in the content");
        form.setTagIds(null);
        form.addTag(5L);
        form.addTag(5L);

        ItemContent content = form.content();
        assertThat(content.translations().get(Language.EN).title()).isEqualTo("Asian Forum");
        assertThat(content.translations().get(Language.BN)).isEqualTo(BANGLA);
        assertThat(content.networkWebsite()).isEqualTo("https://www.forum-asia.org/");
        assertThat(content.venue()).startsWith("ignored");
        assertThat(content.tagIds()).containsExactly(5L);
        assertThat(content.contact()).as("none given").isEqualTo(PressContact.NONE);

        form.getContact().setName("Nina Goswami");
        form.getContact().setEmail("media@example.org");
        assertThat(ItemForm.of(form.content()).content().contact())
                .isEqualTo(new PressContact("Nina Goswami", null, "media@example.org"));
    }

    @Test
    void aNewItemsFormHasBothLanguagesEmptyAndOpensOnEnglish() {
        ItemForm form = ItemForm.empty();

        assertThat(form.getText()).containsOnlyKeys(Language.EN, Language.BN);
        assertThat(form.content().translations()).isEmpty();
        assertThat(form.openingLanguage()).isEqualTo(Language.EN);

        form.getText().get(Language.BN).setTitle("শুধু বাংলায়");
        assertThat(form.openingLanguage()).isEqualTo(Language.BN);
    }

    @Test
    void aFormWithNothingWrittenIsRefusedAtTheTopOfThePage() {
        Set<ConstraintViolation<ItemForm>> found = violations(english, ItemForm.empty());

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.getMessageTemplate()).isEqualTo("{content.titleRequired}");
            assertThat(v.getMessage()).isEqualTo("Write the item in at least one language.");
            assertThat(EditorFields.clientId(v.getPropertyPath())).isNull();
        });
        assertThat(violations(bangla, ItemForm.empty())).singleElement()
                .satisfies(v -> assertThat(v.getMessage()).isEqualTo("অন্তত একটি ভাষায় লেখাটি লিখুন।"));
    }

    @Test
    void aLanguageWithTextButNoTitleIsRefusedAtThatLanguagesTitle() {
        ItemForm form = ItemForm.of(full(ContentKind.PRESS_STATEMENT));
        form.getText().get(Language.BN).setTitle(" ");

        assertThat(violations(english, form)).singleElement().satisfies(v -> {
            assertThat(v.getMessageTemplate()).isEqualTo("{content.titleRequiredHere}");
            assertThat(v.getMessage()).isEqualTo("This version needs a title.");
            assertThat(EditorFields.clientId(v.getPropertyPath())).isEqualTo("editor:languages:title_bn");
        });

        TranslationForm emptied = form.getText().get(Language.BN);
        emptied.setSummary(null);
        emptied.setBody(null);
        assertThat(violations(english, form)).as("a language left empty needs no title").isEmpty();
    }

    @Test
    void aTitleOfMoreThan500CharactersIsRefusedInEitherLanguagesWords() {
        ItemForm form = ItemForm.of(full(ContentKind.EDITORIAL));
        form.getText().get(Language.EN).setTitle("x".repeat(TranslationContent.MAX_TITLE + 1));

        assertThat(violations(english, form)).singleElement().satisfies(v -> {
            assertThat(v.getMessageTemplate()).isEqualTo("{content.titleTooLong}");
            assertThat(v.getMessage()).isEqualTo("A title may have at most 500 characters.");
            assertThat(EditorFields.clientId(v.getPropertyPath())).isEqualTo("editor:languages:title_en");
        });
        assertThat(violations(bangla, form)).singleElement()
                .satisfies(v -> assertThat(v.getMessage()).isEqualTo("শিরোনামে সর্বোচ্চ 500টি অক্ষর থাকতে পারে।"));

        form.getText().get(Language.EN).setTitle("x".repeat(TranslationContent.MAX_TITLE));
        assertThat(violations(english, form)).isEmpty();
    }

    @Test
    void aSlugNeedsALetterOrDigitUnlessLeftEmpty() {
        ItemForm form = ItemForm.of(full(ContentKind.PAGE));
        TranslationForm bangla = form.getText().get(Language.BN);

        bangla.setSlug("—!—");
        assertThat(violations(english, form)).singleElement().satisfies(v -> {
            assertThat(v.getMessageTemplate()).isEqualTo("{content.slugInvalid}");
            assertThat(EditorFields.clientId(v.getPropertyPath())).isEqualTo("editor:languages:slug_bn");
        });
        for (String acceptable : new String[] {null, "", "   ", "মানবাধিকার প্রতিবেদন", "Annual Report 2026"}) {
            bangla.setSlug(acceptable);
            assertThat(violations(english, form)).as(acceptable).isEmpty();
        }
    }

    @Test
    void aNetworksWebsiteIsAFullWebAddressAndItsYearBetween1900And2100() {
        ItemForm form = ItemForm.of(full(ContentKind.NETWORK_PAGE));

        for (String wrong : new String[] {"forum-asia.org", "ftp://forum-asia.org", "https://", "http://a b"}) {
            form.getNetwork().setWebsite(wrong);
            assertThat(violations(english, form)).as(wrong).singleElement().satisfies(v -> {
                assertThat(v.getMessageTemplate()).isEqualTo("{content.websiteInvalid}");
                assertThat(EditorFields.clientId(v.getPropertyPath())).isEqualTo("editor:website");
            });
        }
        form.getNetwork().setWebsite("  http://forum-asia.org/about  ");
        assertThat(violations(english, form)).isEmpty();

        for (int wrong : new int[] {1899, 2101}) {
            form.getNetwork().setMemberSince(wrong);
            assertThat(violations(bangla, form)).as("%d", wrong).singleElement().satisfies(v -> {
                assertThat(v.getMessageTemplate()).isEqualTo("{content.memberSinceInvalid}");
                assertThat(v.getMessage()).contains("১৯০০");
                assertThat(EditorFields.clientId(v.getPropertyPath())).isEqualTo("editor:memberSince");
            });
        }
        for (int year : new int[] {1900, 2100}) {
            form.getNetwork().setMemberSince(year);
            assertThat(violations(english, form)).isEmpty();
        }
    }

    /** Faces checks each input alone, as the page submits it: the same rule, found by the bound property. */
    @Test
    void eachFieldsRuleHoldsForItsValueAloneAsFacesChecksIt() {
        assertThat(english.validateValue(TranslationForm.class, "title", "x".repeat(501))).hasSize(1);
        assertThat(english.validateValue(TranslationForm.class, "slug", "---")).hasSize(1);
        assertThat(english.validateValue(NetworkForm.class, "website", "www.example.org")).hasSize(1);
        assertThat(english.validateValue(NetworkForm.class, "memberSince", 1850)).hasSize(1);
        assertThat(english.validateValue(TranslationForm.class, "title", null)).as("a title is needed only with text")
                .isEmpty();
    }

    private static <T> Set<ConstraintViolation<T>> violations(Validator validator, T form) {
        return validator.validate(form);
    }
}
