package org.barta.newsletter;

import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Stream;
import org.barta.content.Language;

/**
 * How to read an uploaded file: which column (0-based) holds the address, the name and the language (null: none),
 * whether the first row is a header, the language for rows without a valid one, the consent the editor states,
 * the audience the addresses go into (null: the newsletter), and the columns of the profile.
 */
public record ImportMapping(int emailColumn, Integer nameColumn, Integer languageColumn, boolean hasHeader,
                            Language defaultLanguage, ConsentMode consent, Long audienceId,
                            ProfileColumns profileColumns) implements Serializable {

    /** The optional columns (0-based, null: none) of the profile; the tags cell separates them with ; or |. */
    public record ProfileColumns(Integer organisation, Integer beat, Integer district, Integer country,
                                 Integer tags) implements Serializable {

        public static final ProfileColumns NONE = new ProfileColumns(null, null, null, null, null);

        Stream<Integer> chosen() {
            return Stream.of(organisation, beat, district, country, tags).filter(Objects::nonNull);
        }
    }

    public ImportMapping {
        profileColumns = profileColumns == null ? ProfileColumns.NONE : profileColumns;
    }

    public ImportMapping(int emailColumn, Integer nameColumn, Integer languageColumn, boolean hasHeader,
                         Language defaultLanguage, ConsentMode consent, Long audienceId) {
        this(emailColumn, nameColumn, languageColumn, hasHeader, defaultLanguage, consent, audienceId,
                ProfileColumns.NONE);
    }

    public ImportMapping(int emailColumn, Integer nameColumn, Integer languageColumn, boolean hasHeader,
                         Language defaultLanguage, ConsentMode consent) {
        this(emailColumn, nameColumn, languageColumn, hasHeader, defaultLanguage, consent, null);
    }

    /** The same mapping into this audience. */
    ImportMapping into(long audience) {
        return new ImportMapping(emailColumn, nameColumn, languageColumn, hasHeader, defaultLanguage, consent,
                audience, profileColumns);
    }
}
