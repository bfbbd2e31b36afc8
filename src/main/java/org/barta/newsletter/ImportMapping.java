package org.barta.newsletter;

import java.io.Serializable;
import org.barta.content.Language;

/**
 * How to read an uploaded file: which column (0-based) holds the address, the name and the language (null: none),
 * whether the first row is a header, the language for rows without a valid one, the consent the editor states,
 * and the audience the addresses go into (null: the newsletter).
 */
public record ImportMapping(int emailColumn, Integer nameColumn, Integer languageColumn, boolean hasHeader,
                            Language defaultLanguage, ConsentMode consent, Long audienceId) implements Serializable {

    public ImportMapping(int emailColumn, Integer nameColumn, Integer languageColumn, boolean hasHeader,
                         Language defaultLanguage, ConsentMode consent) {
        this(emailColumn, nameColumn, languageColumn, hasHeader, defaultLanguage, consent, null);
    }
}
