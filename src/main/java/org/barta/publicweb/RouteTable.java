package org.barta.publicweb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.content.Language;

/**
 * A feature's public addresses, read top to bottom: each row is a pattern for the address after {@code /{lang}}, the
 * view or servlet that answers it, and what the route takes from the address. The first row whose pattern matches
 * decides, even when it then finds nothing (an unknown kind in {@code /{lang}/{kind}/}).
 */
public final class RouteTable {

    private record Row(Pattern address, String target,
            BiFunction<PublicRoute, MatchResult, Optional<PublicRoute>> parts) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** An address that needs nothing from itself but the language. */
    public RouteTable add(String address, String target) {
        return add(address, target, (route, match) -> Optional.of(route));
    }

    public RouteTable add(String address, String target,
            BiFunction<PublicRoute, MatchResult, Optional<PublicRoute>> parts) {
        rows.add(new Row(Pattern.compile(address), target, parts));
        return this;
    }

    /** The route for {@code rest}, the address after {@code /{lang}}; none when no row is for it or its row says so. */
    public Optional<PublicRoute> route(Language language, String rest) {
        for (Row row : rows) {
            Matcher match = row.address().matcher(rest);
            if (match.matches()) {
                return row.parts().apply(PublicRoute.to(language, row.target()), match);
            }
        }
        return Optional.empty();
    }
}
