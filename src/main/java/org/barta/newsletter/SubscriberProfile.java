package org.barta.newsletter;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a press office knows about a subscriber, normalised: text trimmed with inner runs of white space (line breaks
 * from a spreadsheet cell too) made one space and blank meaning none; the country as an ISO 3166-1 alpha-2 code in
 * upper case; tags lower-case, without repeats, in the order given. Null fields are unknown.
 */
public record SubscriberProfile(String organisation, String beat, String district, String country, List<String> tags)
        implements Serializable {

    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_BEAT = 100;
    public static final int MAX_DISTRICT = 100;
    public static final int MAX_TAG = 50;
    public static final int MAX_TAGS = 20;

    /** Tags in one text field or spreadsheet cell are separated by any of these. */
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,;|]");
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());
    /** Country names as people type them, in English and in Bangla, lower-case; read once. */
    private static final Map<String, String> COUNTRY_NAMES = countryNames();
    public static final SubscriberProfile EMPTY = new SubscriberProfile(null, null, null, null, List.of());

    /** Normalises every value; throws {@link ProfileRefused} for the first that does not fit. */
    public SubscriberProfile {
        organisation = text(organisation, MAX_ORGANISATION, ProfileProblem.ORGANISATION_TOO_LONG);
        beat = text(beat, MAX_BEAT, ProfileProblem.BEAT_TOO_LONG);
        district = text(district, MAX_DISTRICT, ProfileProblem.DISTRICT_TOO_LONG);
        country = country(country).orElse(null);
        tags = tags == null ? List.of() : tags(tags);
    }

    /** What an editor typed or a file held; {@code tags} is one text, separated by commas, semicolons or bars. */
    public static SubscriberProfile of(String organisation, String beat, String district, String country,
                                       String tags) {
        return new SubscriberProfile(organisation, beat, district, country,
                tags == null ? List.of() : Arrays.asList(TAG_SEPARATORS.split(tags)));
    }

    /** Trimmed, inner white space one space, blank as null; longer than {@code max} characters is refused. */
    static String text(String raw, int max, ProfileProblem tooLong) {
        String clean = clean(raw);
        if (clean != null && clean.codePointCount(0, clean.length()) > max) {
            throw new ProfileRefused(tooLong, max);
        }
        return clean;
    }

    /** An ISO 3166-1 alpha-2 code in any case, or a country's English or Bangla name; blank is none. */
    static Optional<String> country(String raw) {
        String clean = clean(raw);
        if (clean == null) {
            return Optional.empty();
        }
        String code = clean.toUpperCase(Locale.ROOT);
        if (COUNTRY_CODES.contains(code)) {
            return Optional.of(code);
        }
        String named = COUNTRY_NAMES.get(clean.toLowerCase(Locale.ROOT));
        if (named == null) {
            throw new ProfileRefused(ProfileProblem.UNKNOWN_COUNTRY, clean);
        }
        return Optional.of(named);
    }

    /** One tag as stored and as a filter looks it up: clean and lower-case; blank is none. */
    static String tag(String raw) {
        String clean = clean(raw);
        if (clean == null) {
            return null;
        }
        String tag = clean.toLowerCase(Locale.ROOT);
        if (tag.codePointCount(0, tag.length()) > MAX_TAG) {
            throw new ProfileRefused(ProfileProblem.TAG_TOO_LONG, MAX_TAG);
        }
        return tag;
    }

    static List<String> tags(List<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        for (String one : raw) {
            String tag = tag(one);
            if (tag != null) {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new ProfileRefused(ProfileProblem.TOO_MANY_TAGS, MAX_TAGS);
        }
        return List.copyOf(tags);
    }

    /**
     * This profile with its empty fields taken from {@code other} and other's tags added (up to {@link #MAX_TAGS}):
     * what an import adds to an address already on the list without replacing what an editor wrote.
     */
    public SubscriberProfile completedBy(SubscriberProfile other) {
        Set<String> merged = new LinkedHashSet<>(tags);
        for (String tag : other.tags) {
            if (merged.size() == MAX_TAGS) {
                break;
            }
            merged.add(tag);
        }
        return new SubscriberProfile(organisation == null ? other.organisation : organisation,
                beat == null ? other.beat : beat, district == null ? other.district : district,
                country == null ? other.country : country, List.copyOf(merged));
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** The tags as the form's text field shows them. */
    public String tagsText() {
        return String.join(", ", tags);
    }

    /** Trimmed, inner white space one space, blank as null. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String clean = raw.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return clean.isEmpty() ? null : clean;
    }

    private static Map<String, String> countryNames() {
        Locale bangla = Locale.forLanguageTag("bn");
        return COUNTRY_CODES.stream().flatMap(code -> {
            Locale country = new Locale.Builder().setRegion(code).build();
            return Stream.of(
                    Map.entry(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code),
                    Map.entry(country.getDisplayCountry(bangla).toLowerCase(Locale.ROOT), code));
        }).filter(e -> !e.getKey().equals(e.getValue().toLowerCase(Locale.ROOT)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
