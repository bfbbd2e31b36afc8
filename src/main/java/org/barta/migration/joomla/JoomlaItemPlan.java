package org.barta.migration.joomla;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.barta.content.ContentKind;
import org.barta.content.ContentState;
import org.barta.content.EventType;
import org.barta.content.ImportedState;
import org.barta.content.ItemContent;
import org.barta.content.Language;
import org.barta.content.Slugs;
import org.barta.content.TranslationContent;
import org.barta.migration.ImportNote;
import org.barta.migration.ImportNote.Kind;

/**
 * What one old article, with the articles linked to it as its translations, becomes: one item (its kind from the
 * category mapping, one text per language, its state and dates as they were), and the articles left out with why.
 * A translation is only taken when it is as public as the item: a draft never appears because its translation is
 * published.
 */
public record JoomlaItemPlan(ContentKind kind, Map<Language, Part> parts, List<Skipped> skipped, ContentState state,
        Instant createdAt, Instant updatedAt, Instant publishedAt, List<String> tags, String hash, String site,
        Long featuredImageId, List<Long> attachmentIds) {

    /** Where dates without a time (events, reports) are read: the organisation's own. */
    private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    /** The alias Joomla makes when a title gives none (Bangla titles): the date and time, no use as an address. */
    private static final Pattern DATE_ALIAS = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}$");

    /** One article's share of the item: its language's text, and what was found on the way. */
    public record Part(JoomlaArticle article, TranslationContent text, List<ImportNote> notes) {

        /** The part with its text's body and image text replaced, and more notes. */
        public Part with(String body, String imageAlt, List<ImportNote> more) {
            List<ImportNote> all = new ArrayList<>(notes);
            all.addAll(more);
            return new Part(article, new TranslationContent(text.title(), text.slug(), text.summary(), body,
                    imageAlt), ImportNote.merged(all));
        }
    }

    /** An article the import leaves out, and why. */
    public record Skipped(JoomlaArticle article, Reason reason) {
    }

    public enum Reason {
        TRASHED, CATEGORY_SKIPPED, LANGUAGE, EMPTY, LESS_PUBLIC_TRANSLATION, SECOND_TRANSLATION;

        public String messageKey() {
            return "import.skip." + name();
        }
    }

    /**
     * Plans the item for a group of linked articles. {@code kindOf} gives a category's kind (empty: skip it),
     * {@code allLanguages} the language of articles marked "All", {@code now} the moment deciding what is past.
     */
    public static JoomlaItemPlan of(String site, List<JoomlaArticle> group, Function<Long, Optional<ContentKind>> kindOf,
            Language allLanguages, Instant now) {
        List<JoomlaArticle> articles = group.stream().sorted(Comparator.comparingLong(JoomlaArticle::id)).toList();
        List<Skipped> skipped = new ArrayList<>();
        List<JoomlaArticle> candidates = new ArrayList<>();
        for (JoomlaArticle article : articles) {
            Optional<Reason> refused = refusal(article, kindOf, allLanguages);
            if (refused.isPresent()) {
                skipped.add(new Skipped(article, refused.get()));
            } else {
                candidates.add(article);
            }
        }
        ContentState state = candidates.stream().map(article -> stateOf(article, now))
                .max(Comparator.comparingInt(JoomlaItemPlan::publicness)).orElse(ContentState.DRAFT);
        Map<Language, Part> parts = new EnumMap<>(Language.class);
        for (JoomlaArticle article : candidates) {
            Language language = languageOf(article.language(), allLanguages).orElseThrow();
            if (stateOf(article, now) != state) {
                skipped.add(new Skipped(article, Reason.LESS_PUBLIC_TRANSLATION));
            } else if (parts.containsKey(language)) {
                skipped.add(new Skipped(article, Reason.SECOND_TRANSLATION));
            } else {
                parts.put(language, part(article));
            }
        }
        ContentKind kind = parts.values().stream().findFirst()
                .flatMap(part -> kindOf.apply(part.article().categoryId())).orElse(null);
        JoomlaArticle first = parts.values().stream().map(Part::article).min(Comparator.comparingLong(
                JoomlaArticle::id)).orElse(null);
        Instant published = first == null ? null : first.publishUp() != null ? first.publishUp()
                : first.created() != null ? first.created() : now;
        Instant created = first == null || first.created() == null ? published : first.created();
        Instant updated = first == null || first.modified() == null ? created : first.modified();
        Set<String> tags = new LinkedHashSet<>();
        parts.values().forEach(part -> tags.addAll(part.article().tags()));
        return new JoomlaItemPlan(kind, parts, skipped, state, created, updated, published, List.copyOf(tags),
                hash(site, kind, allLanguages, articles), site, null, List.of());
    }

    /** The plan with its texts pointing at the imported files, its featured image and its attached documents. */
    public JoomlaItemPlan withFiles(Map<Language, Part> withFiles, Long featured, List<Long> attachments) {
        return new JoomlaItemPlan(kind, withFiles, skipped, state, createdAt, updatedAt, publishedAt, tags, hash, site,
                featured, List.copyOf(attachments));
    }

    /** Whether anything of the group becomes an item. */
    public boolean imports() {
        return kind != null && !parts.isEmpty();
    }

    /** The item's content; {@code tagIds} are the tags' ids in Barta, resolved by the caller. */
    public ItemContent content(List<Long> tagIds) {
        Map<Language, TranslationContent> text = new EnumMap<>(Language.class);
        parts.forEach((language, part) -> text.put(language, part.text()));
        LocalDate day = publishedAt == null ? null : publishedAt.atZone(DHAKA).toLocalDate();
        boolean event = kind == ContentKind.EVENT_REPORT;
        return new ItemContent(event ? EventType.OTHER : null, event ? day : null, null, null, null, null, null,
                null, kind == ContentKind.REPORT ? day : null, null, featuredImageId, tagIds, attachmentIds, text, null);
    }

    public ImportedState importedState() {
        return new ImportedState(state, createdAt, updatedAt, publishedAt, "Joomla " + site + " #"
                + parts.values().stream().map(part -> String.valueOf(part.article().id())).reduce((a, b) -> a + ", #"
                        + b).orElse(""), author().map(JoomlaArticle.Author::email).orElse(null));
    }

    /** The first article's author on the old site, if known. */
    public Optional<JoomlaArticle.Author> author() {
        return parts.values().stream().map(part -> part.article().author()).filter(Objects::nonNull)
                .findFirst();
    }

    /** Barta's language for Joomla's language tag. */
    public static Optional<Language> languageOf(String joomlaLanguage, Language allLanguages) {
        String tag = joomlaLanguage == null ? "*" : joomlaLanguage.strip().toLowerCase(Locale.ROOT);
        if (tag.equals("*") || tag.isEmpty()) {
            return Optional.of(allLanguages);
        }
        if (tag.startsWith("en")) {
            return Optional.of(Language.EN);
        }
        return tag.startsWith("bn") ? Optional.of(Language.BN) : Optional.empty();
    }

    private static Optional<Reason> refusal(JoomlaArticle article, Function<Long, Optional<ContentKind>> kindOf,
            Language allLanguages) {
        if (article.state() == JoomlaArticle.TRASHED) {
            return Optional.of(Reason.TRASHED);
        }
        if (kindOf.apply(article.categoryId()).isEmpty()) {
            return Optional.of(Reason.CATEGORY_SKIPPED);
        }
        if (languageOf(article.language(), allLanguages).isEmpty()) {
            return Optional.of(Reason.LANGUAGE);
        }
        if (article.title().isBlank()) {
            return Optional.of(Reason.EMPTY);
        }
        return Optional.empty();
    }

    private static ContentState stateOf(JoomlaArticle article, Instant now) {
        return switch (article.state()) {
            case JoomlaArticle.PUBLISHED -> article.publishUp() != null && article.publishUp().isAfter(now)
                    ? ContentState.SCHEDULED
                    : article.publishDown() != null && !article.publishDown().isAfter(now)
                            ? ContentState.ARCHIVED : ContentState.PUBLISHED;
            case JoomlaArticle.ARCHIVED -> ContentState.ARCHIVED;
            default -> ContentState.DRAFT;
        };
    }

    private static int publicness(ContentState state) {
        return switch (state) {
            case PUBLISHED -> 3;
            case SCHEDULED -> 2;
            case ARCHIVED -> 1;
            default -> 0;
        };
    }

    private static Part part(JoomlaArticle article) {
        List<ImportNote> notes = new ArrayList<>();
        String title = JoomlaText.plain(article.title(), notes);
        JoomlaText.Cleaned text = JoomlaText.clean(article.introText(), article.fullText());
        notes.addAll(text.notes());
        String slug = null;
        if (DATE_ALIAS.matcher(article.alias()).matches()) {
            notes.add(new ImportNote(Kind.DATE_ALIAS, article.alias()));
        } else if (!Slugs.slugify(article.alias()).isEmpty()) {
            slug = Slugs.slugify(article.alias());
        }
        String summary = text.summary() != null ? text.summary()
                : article.metaDescription() == null || article.metaDescription().isBlank() ? null
                        : JoomlaText.plain(article.metaDescription(), notes);
        return new Part(article, new TranslationContent(title, slug, summary, text.body(), null),
                ImportNote.merged(notes));
    }

    private static String hash(String site, ContentKind kind, Language allLanguages, List<JoomlaArticle> articles) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((site + "\u0000" + kind + "\u0000" + allLanguages).getBytes(StandardCharsets.UTF_8));
            for (JoomlaArticle article : articles) {
                digest.update(("\u0001" + article.fingerprint()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
