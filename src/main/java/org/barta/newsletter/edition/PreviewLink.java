package org.barta.newsletter.edition;

import java.util.Optional;
import java.util.function.Function;
import org.barta.newsletter.SignedLink;

/** A preview link's parameters as a request carries them: the advance copy ({@code r}) and the signed link. */
public record PreviewLink(long releaseId, SignedLink link) {

    /** The link from a request's parameters; empty when one is missing or not a number. */
    public static Optional<PreviewLink> parse(Function<String, String> parameter) {
        try {
            String token = parameter.apply("t");
            long releaseId = Long.parseLong(parameter.apply("r"));
            return token == null || releaseId <= 0 ? Optional.empty() : Optional.of(new PreviewLink(releaseId,
                    new SignedLink(Long.parseLong(parameter.apply("s")), Long.parseLong(parameter.apply("e")), token)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The query string that carries it ({@code r=…&s=…&e=…&t=…}). */
    public String query() {
        return "r=" + releaseId + "&" + link.query();
    }
}
