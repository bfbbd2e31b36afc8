package org.barta.newsletter;

import java.io.Serializable;
import org.barta.content.Language;

/**
 * How to read an uploaded file: which column (0-based) holds the address, the name and the language (null: none),
 * whether the first row is a header, the language for rows without a valid one, and the consent the editor states.
 */
public record ImportMapping(int emailColumn, Integer nameColumn, Integer languageColumn, boolean hasHeader,
                            Language defaultLanguage, ConsentMode consent) implements Serializable {
}
