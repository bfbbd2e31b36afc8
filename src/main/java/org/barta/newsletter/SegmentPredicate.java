package org.barta.newsletter;

import java.util.ArrayList;
import java.util.List;
import org.barta.content.Language;

/**
 * A segment's filters as a SQL condition over the subscriber table aliased {@code s} (as in the send ledger's
 * statements), with its bind parameters in the order of its placeholders. It says nothing about audiences: the
 * caller joins the segment's audience ({@link AudienceSegment#getAudienceId()}) as it joins any other, and adds
 * this with {@code AND (…)}. Values are only ever parameters, never part of the text.
 */
public record SegmentPredicate(String sql, List<Object> parameters) {

    /** Always true: a segment without filters is its whole audience. */
    public static final SegmentPredicate NONE = new SegmentPredicate("1 = 1", List.of());

    public SegmentPredicate {
        parameters = List.copyOf(parameters);
    }

    public static SegmentPredicate of(ProfileFilter filter, Language language) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.organisation() != null) {
            conditions.add("s.organisation LIKE ? ESCAPE '!'");
            parameters.add(ProfileFilter.containsPattern(filter.organisation()));
        }
        if (filter.beat() != null) {
            conditions.add("s.beat LIKE ? ESCAPE '!'");
            parameters.add(ProfileFilter.containsPattern(filter.beat()));
        }
        if (filter.district() != null) {
            conditions.add("s.district = ?");
            parameters.add(filter.district());
        }
        if (filter.country() != null) {
            conditions.add("s.country = ?");
            parameters.add(filter.country());
        }
        if (filter.tag() != null) {
            conditions.add("EXISTS (SELECT 1 FROM subscriber_tag st WHERE st.subscriber_id = s.id AND st.tag = ?)");
            parameters.add(filter.tag());
        }
        if (language != null) {
            conditions.add("s.language = ?");
            parameters.add(language.code());
        }
        return conditions.isEmpty() ? NONE : new SegmentPredicate(String.join(" AND ", conditions), parameters);
    }
}
