package org.barta.site.redirect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.content.ItemAddressChanged;
import org.barta.content.Language;
import org.barta.platform.BusinessException;
import org.barta.platform.cluster.ClusterSignal;
import org.barta.platform.cluster.ClusterSignals;
import org.barta.publicweb.SitePaths;

/**
 * Keeps old addresses working: editors list, add, repoint and remove redirects and see the addresses people still
 * arrive at in vain; an item that has been public and gets a new slug keeps its old address as a redirect by
 * itself. Every change reloads the redirects of every instance. Editors and administrators only.
 */
@ApplicationScoped
@Transactional
public class RedirectService {

    static final String SIGNAL = "redirects-changed";
    static final int MISSING_SHOWN = 50;
    /** Redirects listed at once: an imported site brings thousands, found by searching. */
    static final int SHOWN = 500;
    /** An address under a language whose last part could be an item's slug: {@code /en/…/slug} or {@code /en/slug}. */
    private static final Pattern LANGUAGE_ADDRESS = Pattern.compile("^/(en|bn)/(?:[^/]+/)?([^/]+)$");

    @Inject
    RedirectRepository redirects;

    @Inject
    RedirectIndex index;

    @Inject
    AuditLog audit;

    @Inject
    ClusterSignals cluster;

    /** The redirects whose addresses contain {@code text} (all when it is empty), at most {@link #SHOWN}. */
    public RedirectSearch search(String text, Actor actor) {
        requireEditorial(actor);
        return new RedirectSearch(redirects.containing(text, SHOWN), redirects.countContaining(text));
    }

    public List<MissingAddress> missing(Actor actor) {
        requireEditorial(actor);
        return redirects.topMissing(MISSING_SHOWN);
    }

    /** A redirect from {@code typedSource} (a path or the old site's URL) to an address on this site. */
    public void add(String typedSource, String typedTarget, Actor actor) {
        requireEditorial(actor);
        String source = source(typedSource);
        String target = target(typedTarget);
        if (redirects.bySource(source).isPresent()) {
            throw new BusinessException("redirects.sourceTaken", source);
        }
        redirects.put(source, null, null, target, Redirect.Origin.EDITOR, Instant.now());
        audit.record(actor, "redirect.add", "redirect", null, source + " → " + target);
        changed();
    }

    public void changeTarget(long id, String typedTarget, Actor actor) {
        requireEditorial(actor);
        Redirect redirect = redirects.find(id).orElseThrow(() -> new BusinessException("redirects.notFound"));
        String target = target(typedTarget);
        redirects.changeTarget(id, target);
        audit.record(actor, "redirect.change", "redirect", id, redirect.source() + " → " + target);
        changed();
    }

    public void remove(long id, Actor actor) {
        requireEditorial(actor);
        Redirect redirect = redirects.find(id).orElseThrow(() -> new BusinessException("redirects.notFound"));
        redirects.delete(id);
        audit.record(actor, "redirect.remove", "redirect", id, redirect.source());
        changed();
    }

    /**
     * Keeps an imported item's old address (see {@link OldAddress#lookups} for the forms), in the caller's
     * transaction; the redirects are read anew when the import says it is done ({@link #importDone}). Returns false,
     * changing nothing, when the address is not one to redirect or already leads elsewhere (an editor's wins).
     */
    public boolean keepImportedAddress(String source, long itemId, Language language) {
        return keepImported(source, itemId, language, null);
    }

    /** As {@link #keepImportedAddress(String, long, Language)}, to an address on this site (an imported file's). */
    public boolean keepImportedAddress(String source, String address) {
        return keepImported(source, null, null, target(address));
    }

    private boolean keepImported(String source, Long itemId, Language language, String address) {
        if (!source.startsWith("/") || source.length() > OldAddress.LONGEST || OldAddress.reserved(source)) {
            return false;
        }
        if (redirects.add(source, itemId, language, address, Redirect.Origin.IMPORT, Instant.now())) {
            return true;
        }
        Optional<Redirect> existing = redirects.bySource(source);
        return existing.isPresent() && (itemId != null ? itemId.equals(existing.get().itemId())
                : existing.get().itemId() == null && address.equals(existing.get().target()));
    }

    /** After an import (or a part of one) landed: every instance reads the redirects anew. */
    public void importDone() {
        changed();
    }

    /** The old address leads to the item's new one; the new one, if it was a redirect's source, is a page again. */
    void onNewSlug(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemAddressChanged change) {
        String from = SitePaths.itemPath(change.language(), change.kind(), change.oldSlug());
        String to = SitePaths.itemPath(change.language(), change.kind(), change.newSlug());
        OldAddress.ofRequestPath(to).ifPresent(redirects::deleteSource);
        OldAddress.ofRequestPath(from).ifPresent(source -> redirects.put(source, change.itemId(), change.language(),
                null, Redirect.Origin.SLUG_CHANGE, Instant.now()));
        changed();
    }

    void onSignal(@Observes ClusterSignal signal) {
        if (SIGNAL.equals(signal.name())) {
            index.stale();
        }
    }

    private void changed() {
        index.stale();
        cluster.send(SIGNAL);
    }

    private String source(String typed) {
        String source = OldAddress.ofTyped(typed).orElseThrow(() -> new BusinessException("redirects.sourceInvalid"));
        if (OldAddress.reserved(source)) {
            throw new BusinessException("redirects.sourceReserved", source);
        }
        Matcher page = LANGUAGE_ADDRESS.matcher(source);
        if (page.matches() && redirects.slugTaken(Language.fromCode(page.group(1)).orElseThrow(), page.group(2))) {
            throw new BusinessException("redirects.sourceIsPage", source);
        }
        return source;
    }

    /** Only addresses on this site: a redirect must never send the NGO's readers somewhere else. */
    private static String target(String typed) {
        String target = typed == null ? "" : typed.strip();
        if (!target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.length() > OldAddress.LONGEST || target.chars().anyMatch(Character::isWhitespace)) {
            throw new BusinessException("redirects.targetInvalid");
        }
        return target;
    }

    private static void requireEditorial(Actor actor) {
        if (actor == null || !actor.isEditorial()) {
            throw new BusinessException("redirects.forbidden");
        }
    }
}
