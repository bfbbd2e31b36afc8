package org.barta.newsletter;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The profile part of a subscriber filter and of a segment; null means "any". Organisation and beat match when
 * they contain the text, district, country and tag when they are equal; all ignore case (the columns' collation;
 * tags and countries are stored in one case anyway). Values are cleaned as the profile's are, so a filter finds
 * what was stored; a value no profile can hold simply matches nothing until {@link #checked()} is asked.
 */
public record ProfileFilter(String organisation, String beat, String district, String country, String tag)
        implements Serializable {

    public static final ProfileFilter ANY = new ProfileFilter(null, null, null, null, null);

    public ProfileFilter {
        organisation = SubscriberProfile.clean(organisation);
        beat = SubscriberProfile.clean(beat);
        district = SubscriberProfile.clean(district);
        country = SubscriberProfile.clean(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
        tag = SubscriberProfile.clean(tag) == null ? null : SubscriberProfile.clean(tag).toLowerCase(Locale.ROOT);
    }

    /**
     * This filter as a segment stores it, its country a code (a name is understood); {@link ProfileRefused} when a
     * value could not be held in a profile.
     */
    public ProfileFilter checked() {
        SubscriberProfile as = new SubscriberProfile(organisation, beat, district, country,
                tag == null ? null : List.of(tag));
        return new ProfileFilter(as.organisation(), as.beat(), as.district(), as.country(), tag);
    }

    public boolean isAny() {
        return equals(ANY);
    }

    /** A LIKE pattern for "contains", with {@code !} as the escape character. */
    static String containsPattern(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
