package org.barta.newsletter.bounce;

import java.util.List;

/**
 * What a report says about one recipient that calls for action.
 *
 * @param statusCode the RFC 3463 status such as {@code 5.1.1}; the feedback type for complaints
 * @param diagnostic the remote server's words, or the reporting agent for complaints; may be null
 * @param addresses the recipient's e-mail addresses the report names, lower-cased, for when VERP is missing
 */
public record RecipientReport(BounceKind kind, String statusCode, String diagnostic, List<String> addresses) {

    public RecipientReport {
        addresses = List.copyOf(addresses);
    }
}
