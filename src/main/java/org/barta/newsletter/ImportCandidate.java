package org.barta.newsletter;

import org.barta.content.Language;

/** A row that passed every check of the file itself; the database decides whether it is new. */
public record ImportCandidate(long rowNumber, String email, String name, Language language,
                              SubscriberProfile profile) {

    public ImportCandidate {
        profile = profile == null ? SubscriberProfile.EMPTY : profile;
    }

    public ImportCandidate(long rowNumber, String email, String name, Language language) {
        this(rowNumber, email, name, language, SubscriberProfile.EMPTY);
    }
}
