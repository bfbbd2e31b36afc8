package org.barta.newsletter;

import java.util.Optional;

/**
 * A one-click unsubscribe link (RFC 8058) as it arrives: the signed subscriber link, the audience it leaves
 * ({@code a}) and the send whose mail carried it ({@code n}). Links mailed before audiences name neither (they
 * mean the newsletter); links mailed before sends were counted name the audience only.
 */
public record OneClickLink(SignedLink link, Long audienceId, Long editionId) {

    /** What the link's token signs besides the purpose, subscriber and expiry. */
    String signed(String nonce) {
        if (audienceId == null) {
            return nonce;
        }
        return editionId == null ? SignedLink.forAudience(nonce, audienceId)
                : SignedLink.forSend(nonce, audienceId, editionId);
    }

    /** The query string the unsubscribe page's button posts back: the link exactly as it came. */
    public String query() {
        return link.query() + (audienceId == null ? "" : "&a=" + audienceId)
                + (audienceId == null || editionId == null ? "" : "&n=" + editionId);
    }

    /** Reads {@code s, e, t, a, n}; empty when the link's own parts are missing or not numbers. */
    public static Optional<OneClickLink> parse(String s, String e, String t, String a, String n) {
        try {
            SignedLink link = new SignedLink(Long.parseLong(s), Long.parseLong(e), t);
            return Optional.of(new OneClickLink(link, a == null ? null : Long.valueOf(a),
                    n == null ? null : Long.valueOf(n)));
        } catch (NumberFormatException invalid) {
            return Optional.empty();
        }
    }
}
