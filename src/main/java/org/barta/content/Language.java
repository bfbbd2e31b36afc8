package org.barta.content;

import java.util.Locale;
import java.util.Optional;

/** The languages content is written in. */
public enum Language {
    EN("en"), BN("bn");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The site's other language: the one a language switch leads to. */
    public Language other() {
        return this == EN ? BN : EN;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
