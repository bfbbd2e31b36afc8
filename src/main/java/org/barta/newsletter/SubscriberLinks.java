package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.barta.content.Language;
import org.barta.platform.AppSecrets;
import org.barta.publicweb.SitePaths;

/** The signed, absolute links a subscriber's mail carries: preferences and one-click unsubscribe. */
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

    public String unsubscribeUrl(Language language, long subscriberId, String nonce, Instant now) {
        return url(language, "unsubscribe", issue(LinkPurpose.UNSUBSCRIBE, subscriberId, nonce, now));
    }

    private String url(Language language, String page, SignedLink link) {
        return paths.absolute("/" + language.code() + "/newsletter/" + page + "?" + link.query());
    }
}
