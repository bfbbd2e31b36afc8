package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.barta.content.Language;
import org.barta.platform.AppSecrets;
import org.barta.publicweb.SitePaths;

/**
 * The signed, absolute links a subscriber's mail carries: preferences, one-click unsubscribe (per audience) and, in
 * an embargoed advance copy, the preview of the statement.
 */
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

    /**
     * An embargoed advance copy's link to the statement for this recipient alone: it names them (so a leaked link
     * says whose copy leaked) and ends at the embargo, from when the public page serves everyone.
     */
    public String previewUrl(Language language, long subscriberId, String nonce, long releaseId, Instant embargo) {
        SignedLink link = SignedLink.until(LinkPurpose.PREVIEW, subscriberId, SignedLink.forRelease(nonce, releaseId),
                embargo, secrets.key(SubscriptionService.LINK_KEY));
        return paths.absolute("/" + language.code() + "/newsletter/preview?r=" + releaseId + "&" + link.query());
    }

    /** Whether Barta issued this preview link for this release to the holder of this nonce, expired or not. */
    public boolean isPreview(SignedLink link, String nonce, long releaseId) {
        return link.isAuthentic(LinkPurpose.PREVIEW, SignedLink.forRelease(nonce, releaseId),
                secrets.key(SubscriptionService.LINK_KEY));
    }

    private String url(Language language, String page, SignedLink link) {
        return paths.absolute("/" + language.code() + "/newsletter/" + page + "?" + link.query());
    }
}
