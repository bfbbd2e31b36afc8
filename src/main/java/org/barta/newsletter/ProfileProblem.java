package org.barta.newsletter;

/**
 * Why a subscriber's profile is refused. The page shows the message beside the field; an import reports the row
 * with the {@link ImportOutcome} of the same name.
 */
public enum ProfileProblem {
    ORGANISATION_TOO_LONG("organisation"),
    BEAT_TOO_LONG("beat"),
    DISTRICT_TOO_LONG("district"),
    UNKNOWN_COUNTRY("country"),
    TAG_TOO_LONG("tags"),
    TOO_MANY_TAGS("tags");

    private final String field;

    ProfileProblem(String field) {
        this.field = field;
    }

    /** The profile field it concerns: organisation, beat, district, country or tags. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return "subscribers.profile." + name();
    }
}
