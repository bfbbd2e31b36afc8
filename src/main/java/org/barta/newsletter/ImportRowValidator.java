package org.barta.newsletter;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.barta.content.Language;

/**
 * The checks one row of an imported file must pass on its own: a value in the address column that is a valid
 * address, not seen earlier in the file, no more columns than the first row, a name and profile values that fit
 * (a country the row names must be one). A missing or
 * unknown language becomes the default. One validator reads one file, in order.
 */
public final class ImportRowValidator {

    static final int MAX_NAME = 200;
    private static final int MAX_SHOWN_ADDRESS = 254;

    private final ImportMapping mapping;
    private final int columns;
    /** Addresses seen so far; bounded by the upload size limit. */
    private final Set<String> seen = new HashSet<>();

    /** {@code columns}: how many columns the file's first row has. */
    public ImportRowValidator(ImportMapping mapping, int columns) {
        this.mapping = mapping;
        this.columns = columns;
    }

    /** The row as a candidate for the list, or why it is refused. */
    public RowCheck check(long rowNumber, List<String> values) {
        String rawEmail = value(values, mapping.emailColumn());
        String shown = rawEmail == null ? "" : rawEmail.strip();
        shown = shown.length() > MAX_SHOWN_ADDRESS ? shown.substring(0, MAX_SHOWN_ADDRESS) : shown;
        if (values.stream().allMatch(String::isBlank)) {
            return RowCheck.refused(rowNumber, "", ImportOutcome.EMPTY_ROW);
        }
        if (values.size() > columns) {
            return RowCheck.refused(rowNumber, shown, ImportOutcome.TOO_MANY_COLUMNS);
        }
        if (shown.isEmpty()) {
            return RowCheck.refused(rowNumber, shown, ImportOutcome.MISSING_EMAIL);
        }
        Optional<String> email = SubscriptionService.normalize(rawEmail);
        if (email.isEmpty()) {
            return RowCheck.refused(rowNumber, shown, ImportOutcome.INVALID_ADDRESS);
        }
        String name = mapping.nameColumn() == null ? null : cleanName(value(values, mapping.nameColumn()));
        if (name != null && name.length() > MAX_NAME) {
            return RowCheck.refused(rowNumber, email.get(), ImportOutcome.NAME_TOO_LONG);
        }
        SubscriberProfile profile;
        try {
            profile = profile(values);
        } catch (ProfileRefused refused) {
            return RowCheck.refused(rowNumber, email.get(), ImportOutcome.valueOf(refused.problem().name()));
        }
        if (!seen.add(email.get())) {
            return RowCheck.refused(rowNumber, email.get(), ImportOutcome.DUPLICATE_IN_FILE);
        }
        Language language = mapping.languageColumn() == null ? mapping.defaultLanguage()
                : language(value(values, mapping.languageColumn())).orElse(mapping.defaultLanguage());
        return RowCheck.accepted(new ImportCandidate(rowNumber, email.get(), name, language, profile));
    }

    private SubscriberProfile profile(List<String> values) {
        ImportMapping.ProfileColumns columns = mapping.profileColumns();
        return SubscriberProfile.of(optional(values, columns.organisation()), optional(values, columns.beat()),
                optional(values, columns.district()), optional(values, columns.country()),
                optional(values, columns.tags()));
    }

    private static String optional(List<String> values, Integer column) {
        return column == null ? null : value(values, column);
    }

    /** A name as stored: control characters (line breaks inside a quoted cell) become spaces; blank is none. */
    static String cleanName(String raw) {
        if (raw == null) {
            return null;
        }
        String name = raw.replaceAll("\\p{Cntrl}+", " ").strip().replaceAll(" {2,}", " ");
        return name.isEmpty() ? null : name;
    }

    /** Language codes and names as people write them in spreadsheets, in English or Bangla. */
    static Optional<Language> language(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "en", "eng", "english", "ইংরেজি" -> Optional.of(Language.EN);
            case "bn", "ben", "bangla", "bengali", "বাংলা" -> Optional.of(Language.BN);
            default -> Optional.empty();
        };
    }

    private static String value(List<String> values, int column) {
        return column < values.size() ? values.get(column) : null;
    }

    /** A row's verdict: exactly one of the two is set. */
    public record RowCheck(ImportCandidate candidate, ImportReportRow refusal) {

        static RowCheck accepted(ImportCandidate candidate) {
            return new RowCheck(candidate, null);
        }

        static RowCheck refused(long rowNumber, String email, ImportOutcome outcome) {
            return new RowCheck(null, new ImportReportRow(rowNumber, email, outcome));
        }
    }
}
