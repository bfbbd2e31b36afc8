package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.barta.content.Language;
import org.barta.platform.AppSecrets;
import org.barta.publicweb.SitePaths;

/** The signed, absolute links a subscriber's mail carries: preferences and one-click unsubscribe (per audience). */
@ApplicationScoped
public class SubscriberLinks {

    @Inject
    AppSecrets secrets;

    @Inject
    SitePaths paths;

    public SignedLink issue(LinkPurpose purpose, long subscriberId, String nonce, Instant now) {
        return SignedLink.issue(purpose, subscriberId, nonce, now, secrets.key(SubscriptionService.LINK_KEY));
    }

    public String preferencesUrl(Language language, long subscriberId, String nonce, Instant now) {
        return url(language, "preferences", issue(LinkPurpose.PREFERENCES, subscriberId, nonce, now));
    }

    /**
     * The one-click link of one send's mail: it takes the subscriber out of this audience only and names the send
     * they left from; both are in what is signed.
     */
    public String unsubscribeUrl(Language language, long subscriberId, String nonce, long audienceId, long editionId,
                                 Instant now) {
        SignedLink link = issue(LinkPurpose.UNSUBSCRIBE, subscriberId,
                SignedLink.forSend(nonce, audienceId, editionId), now);
        return url(language, "unsubscribe", link) + "&a=" + audienceId + "&n=" + editionId;
    }

    private String url(Language language, String page, SignedLink link) {
        return paths.absolute("/" + language.code() + "/newsletter/" + page + "?" + link.query());
    }
}
