package org.barta.newsletter.edition;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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

    /** The link in a pasted address (as a journalist's mail or a leak shows it); empty when it is not one. */
    public static Optional<PreviewLink> fromAddress(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            String query = URI.create(address.strip()).getRawQuery();
            Map<String, String> parameters = new HashMap<>();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                String[] nameValue = pair.split("=", 2);
                parameters.putIfAbsent(nameValue[0],
                        nameValue.length == 2 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
            }
            return parse(parameters::get);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The query string that carries it ({@code r=…&s=…&e=…&t=…}). */
    public String query() {
        return "r=" + releaseId + "&" + link.query();
    }
}
