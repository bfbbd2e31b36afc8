package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.content.ContentItem;
import org.barta.content.ContentState;
import org.barta.content.Language;
import org.barta.newsletter.SignedLink;
import org.barta.newsletter.Subscriber;
import org.barta.newsletter.SubscriberLinks;
import org.barta.newsletter.SubscriberRepository;
import org.barta.newsletter.compose.ArchivePage;
import org.barta.newsletter.compose.PersonalLinks;
import org.barta.newsletter.compose.RenderedEdition;
import org.barta.publicweb.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a journalist's preview link in an embargoed advance copy opens: the advance copy as a web page while the
 * statement is embargoed, the public page once it is out. The link names its holder and ends at the embargo;
 * nothing about its use is recorded (no open tracking), and a withdrawn statement is no longer shown.
 */
@ApplicationScoped
public class ReleasePreviews {

    /** What a preview link leads to. */
    public enum Outcome {
        /** The advance copy as a page ({@code content} is its HTML), its images reachable through the same link. */
        PAGE,
        /** The statement is public: the link leads to its page ({@code content} is its address). */
        PUBLISHED,
        /** The embargo the link was made for has passed, but the statement is not public (its time was moved). */
        EXPIRED,
        /** The statement was unpublished or the release stopped. */
        WITHDRAWN,
        /** Not a link Barta issued for this release, or for a subscriber no longer known. */
        INVALID
    }

    public record Preview(Outcome outcome, String content) {

        static Preview of(Outcome outcome) {
            return new Preview(outcome, null);
        }
    }

    /** Whom a preview link was issued to, with which advance copy. */
    public record Holder(long subscriberId, String email, String name, long releaseId, Instant embargo) {
    }

    @Inject
    EditionRepository editions;

    @Inject
    AuditLog audit;

    @Inject
    EditionRenditions renditions;

    @Inject
    SubscriberRepository subscribers;

    @Inject
    SubscriberLinks links;

    @Inject
    SitePaths paths;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview open(PreviewLink preview, Language language, Instant now) {
        SignedLink link = preview.link();
        Optional<Edition> release = authentic(preview);
        if (release.isEmpty()) {
            return Preview.of(Outcome.INVALID);
        }
        Edition copy = release.get();
        Language shown = copy.getLanguages().contains(language) ? language : copy.getLanguages().iterator().next();
        ContentItem statement = statement(copy);
        if (statement.getState() == ContentState.PUBLISHED) {
            return statement.translationFor(shown)
                    .map(t -> new Preview(Outcome.PUBLISHED, paths.absolute(paths.item(t))))
                    .orElseGet(() -> Preview.of(Outcome.WITHDRAWN));
        }
        if (statement.getState() != ContentState.SCHEDULED || copy.getState() == EditionState.CANCELLED) {
            return Preview.of(Outcome.WITHDRAWN);
        }
        if (link.isExpired(now)) {
            return Preview.of(Outcome.EXPIRED);
        }
        if (!copy.getState().hasSend()) {
            return Preview.of(Outcome.INVALID);
        }
        return new Preview(Outcome.PAGE, page(renditions.rendered(copy.getId(), shown), preview));
    }

    /** The statement a live preview link shows (embargoed, release not withdrawn, link not expired), if it is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> livePreviewStatement(PreviewLink preview, Instant now) {
        return authentic(preview).filter(copy -> !preview.link().isExpired(now) && copy.getState().hasSend()
                        && copy.getState() != EditionState.CANCELLED
                        && statement(copy).getState() == ContentState.SCHEDULED)
                .map(Edition::getContentItemId);
    }

    /**
     * Whose copy a preview link of this statement's releases came with, for an editor who found it where it should
     * not be. Links are told apart by their signature alone (nothing about their use is stored), so this works for
     * expired links too; each answer is audited, as it names a subscriber.
     */
    @Transactional
    public Optional<Holder> holderOf(String address, long statementId, Actor actor) {
        EditionService.requireEditorial(actor);
        Optional<PreviewLink> link = PreviewLink.fromAddress(address);
        Optional<Edition> release = link.flatMap(this::authentic)
                .filter(copy -> Long.valueOf(statementId).equals(copy.getContentItemId()));
        if (release.isEmpty()) {
            return Optional.empty();
        }
        Subscriber holder = subscribers.find(link.get().link().subscriberId()).orElseThrow();
        audit.record(actor, "newsletter.release.traced", "subscriber", holder.getId(),
                "preview link of release " + release.get().getId());
        return Optional.of(new Holder(holder.getId(), holder.getEmail(), holder.getName(), release.get().getId(),
                release.get().getEmbargoUntil()));
    }

    private Optional<Edition> authentic(PreviewLink preview) {
        Optional<Subscriber> holder = subscribers.find(preview.link().subscriberId());
        if (holder.isEmpty() || !links.isPreview(preview.link(), holder.get().getLinkNonce(), preview.releaseId())) {
            return Optional.empty();
        }
        return editions.find(preview.releaseId()).filter(Edition::isAdvanceCopy);
    }

    private ContentItem statement(Edition release) {
        return editions.items(List.of(release.getContentItemId())).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Release " + release.getId() + " has no statement"));
    }

    /**
     * The mail as a page: nobody's personal links (a forwarded page must not let others change the holder's
     * subscriptions), no preview paragraph (this is it), images of the embargoed statement fetched with this link
     * (they are not public yet), and kept out of search engines.
     */
    private String page(RenderedEdition copy, PreviewLink preview) {
        String home = paths.absolute("/");
        Document page = Jsoup.parse(ArchivePage.fromMail(copy.personalize(new PersonalLinks(home, home)).html()));
        page.outputSettings().prettyPrint(false);
        page.select(".preview-link").remove();
        page.head().appendElement("meta").attr("name", "robots").attr("content", "noindex, nofollow");
        String media = paths.absolute("/media/");
        String query = "?" + preview.query();
        for (Element image : page.select("img[src^=" + media + "]")) {
            image.attr("src", image.attr("src") + query);
        }
        return page.outerHtml();
    }
}
