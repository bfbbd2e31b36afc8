package org.barta.migration.joomla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.barta.accounts.Account;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.content.ContentRefused;
import org.barta.content.ContentService;
import org.barta.content.Language;
import org.barta.migration.ImportNote;
import org.barta.migration.ImportOutcome;
import org.barta.migration.ImportedArticleRepository;
import org.barta.migration.ImportedArticleRepository.Imported;
import org.barta.migration.SiteImportRepository;
import org.barta.migration.SiteImportRun;
import org.barta.site.redirect.OldAddress;
import org.barta.site.redirect.RedirectService;

/**
 * Lands one planned item in its own transaction: the item created or updated (or left alone: unchanged, or edited
 * in Barta since the last import), its old addresses kept as redirects, the record of which articles it came from,
 * its report lines and the run's counts. If anything fails, or the run was cancelled meanwhile, none of it stays.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JoomlaItemLanding {

    @Inject
    ContentService content;

    @Inject
    RedirectService redirects;

    @Inject
    ImportedArticleRepository imported;

    @Inject
    SiteImportRepository runs;

    @Inject
    AuditLog audit;

    /** Thrown when the run was cancelled while this item landed: the transaction rolls back. */
    public static class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("The import was cancelled");
        }
    }

    /** Records a new run, and who started it where, in the audit log. */
    public long started(OldSiteSource source, int total, Actor actor) {
        long run = runs.start(source.site(), actor.username(), total);
        audit.record(actor, "import.start", "import", run, source.toString() + ", " + total + " articles");
        return run;
    }

    /** Ends the run (unless cancelled already) and says how in the audit log. */
    public void ended(long run, SiteImportRun.State state, String failure, Actor actor) {
        runs.finish(run, state, failure);
        audit.record(actor, "import.end", "import", run, runs.find(run).map(ended -> ended.state() + ": "
                + ended.created() + " created, " + ended.updated() + " updated, " + ended.unchanged()
                + " unchanged, " + ended.kept() + " kept, " + ended.skipped() + " skipped, " + ended.failed()
                + " failed").orElse(state.name()));
    }

    /** What landing the plan would do now, without writing anything: the dry run's answer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportOutcome outcomeOf(JoomlaItemPlan plan) {
        List<Long> ids = plan.parts().values().stream().map(part -> part.article().id()).toList();
        return decide(plan, imported.of(plan.site(), ids)).outcome();
    }

    /** How an item lands, and on which earlier import and version of its item (none when it is new or skipped). */
    private record Decision(ImportOutcome outcome, Imported earlier, int version) {
    }

    /**
     * Creates the item unless an earlier run made it (and it still exists); keeps it if it was edited here since;
     * leaves it alone if neither the old articles nor which of them make the item changed; else updates it.
     */
    private Decision decide(JoomlaItemPlan plan, Map<Long, Imported> before) {
        if (!plan.imports()) {
            return new Decision(ImportOutcome.SKIPPED, null, 0);
        }
        Optional<Imported> earlier = plan.parts().values().stream()
                .map(part -> before.get(part.article().id())).filter(Objects::nonNull).findFirst();
        Optional<Integer> version = earlier.flatMap(record -> currentVersion(record.itemId()));
        if (version.isEmpty()) {
            return new Decision(ImportOutcome.CREATED, null, 0);
        }
        Imported record = earlier.get();
        if (version.get() != record.version()) {
            return new Decision(ImportOutcome.KEPT, record, version.get());
        }
        boolean same = plan.hash().equals(record.hash()) && samePartsAs(plan, before, record.itemId());
        return new Decision(same ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED, record, version.get());
    }

    /** Lands the item; {@code addresses} are each article's old addresses, {@code position} its first report line. */
    public ImportOutcome land(long run, int position, JoomlaItemPlan plan, Map<Long, List<String>> addresses,
            Actor actor) {
        List<Long> ids = Stream.concat(plan.parts().values().stream().map(part -> part.article().id()),
                plan.skipped().stream().map(skipped -> skipped.article().id())).toList();
        Map<Long, Imported> before = imported.of(plan.site(), ids);
        Decision decision = decide(plan, before);
        ImportOutcome outcome = decision.outcome();
        Long itemId = decision.earlier() == null ? null : decision.earlier().itemId();
        Map<Long, List<ImportNote>> extraNotes = Map.of();
        List<ImportNote> authorNote = List.of();
        if (plan.imports()) {
            if (outcome == ImportOutcome.CREATED) {
                itemId = content.createImported(plan.kind(), plan.content(tagIds(plan, actor)), plan.importedState(),
                        actor);
                authorNote = authorNote(plan, itemId);
            } else if (outcome == ImportOutcome.UPDATED) {
                content.updateImported(itemId, decision.version(), plan.content(tagIds(plan, actor)),
                        plan.importedState(), actor);
            }
            if (outcome == ImportOutcome.CREATED || outcome == ImportOutcome.UPDATED) {
                int now = content.version(itemId);
                for (Map.Entry<Language, JoomlaItemPlan.Part> part : plan.parts().entrySet()) {
                    imported.put(plan.site(), new Imported(part.getValue().article().id(), itemId, part.getKey(),
                            plan.hash(), now));
                }
                extraNotes = keepAddresses(plan, itemId, addresses);
            }
        }
        int line = position;
        for (JoomlaItemPlan.Part part : plan.parts().values()) {
            List<ImportNote> notes = new ArrayList<>(part.notes());
            notes.addAll(extraNotes.getOrDefault(part.article().id(), List.of()));
            notes.addAll(authorNote);
            record(run, line++, part.article(), outcome, itemId, notes);
        }
        for (JoomlaItemPlan.Skipped skipped : plan.skipped()) {
            record(run, line++, skipped.article(), ImportOutcome.SKIPPED, null,
                    List.of(new ImportNote(ImportNote.Kind.SKIPPED, skipped.reason().messageKey())));
        }
        return outcome;
    }

    /**
     * Keeps each article's old addresses as redirects to the item (when it was created or updated: an unchanged
     * item's were kept before); the notes of addresses that already lead elsewhere, by article.
     */
    private Map<Long, List<ImportNote>> keepAddresses(JoomlaItemPlan plan, long itemId,
            Map<Long, List<String>> addresses) {
        Map<Long, List<ImportNote>> notes = new HashMap<>();
        for (Map.Entry<Language, JoomlaItemPlan.Part> part : plan.parts().entrySet()) {
            long article = part.getValue().article().id();
            List<String> taken = new ArrayList<>();
            for (String address : addresses.getOrDefault(article, List.of())) {
                if (!redirects.keepImportedAddress(address, itemId, part.getKey())) {
                    taken.add(address);
                }
            }
            if (!taken.isEmpty()) {
                notes.put(article, List.of(new ImportNote(ImportNote.Kind.ADDRESS_TAKEN, String.join(" ", taken))));
            }
        }
        return notes;
    }

    /**
     * Keeps the old site's own redirects whose new address names an imported article ({@code articleAt}: each
     * address form → article id) as redirects to its item; those leading elsewhere, or to nothing imported, are
     * left out. Returns how many were kept.
     */
    public int keepOldRedirects(long run, String site, List<Map.Entry<String, String>> links,
            Map<String, Long> articleAt) {
        int kept = 0;
        for (Map.Entry<String, String> link : links) {
            Optional<String> source = OldAddress.ofTyped(link.getKey());
            Optional<Long> article = JoomlaAddresses.lookupsOf(link.getValue(), site).stream()
                    .map(articleAt::get).filter(Objects::nonNull).findFirst();
            Optional<Imported> target = article.map(id -> imported.of(site, List.of(id)).get(id));
            if (source.isPresent() && target.isPresent()
                    && redirects.keepImportedAddress(source.get(), target.get().itemId(), target.get().language())) {
                kept++;
            }
        }
        runs.oldRedirects(run, kept);
        return kept;
    }

    /** Reports an item that could not land, in a transaction of its own after the item's rolled back. */
    public void failed(long run, int position, JoomlaItemPlan plan, String why) {
        int line = position;
        for (JoomlaArticle article : articles(plan)) {
            record(run, line++, article, ImportOutcome.FAILED, null,
                    List.of(new ImportNote(ImportNote.Kind.REFUSED, why)));
        }
    }

    /** How many report lines the plan gives: one per old article. */
    static List<JoomlaArticle> articles(JoomlaItemPlan plan) {
        List<JoomlaArticle> all = new ArrayList<>();
        plan.parts().values().forEach(part -> all.add(part.article()));
        plan.skipped().forEach(skipped -> all.add(skipped.article()));
        return all;
    }

    private void record(long run, int position, JoomlaArticle article, ImportOutcome outcome, Long itemId,
            List<ImportNote> notes) {
        if (!runs.count(run, outcome)) {
            throw new Cancelled();
        }
        runs.line(run, position, article.id(), article.title(), outcome, itemId, notes);
    }

    /** Says whose the new item is when the old author has no account here (it is then the administrator's). */
    private List<ImportNote> authorNote(JoomlaItemPlan plan, long itemId) {
        Optional<JoomlaArticle.Author> author = plan.author();
        if (author.isEmpty()) {
            return List.of();
        }
        Account owner = content.load(itemId).getCreatedBy();
        String email = author.get().email();
        boolean theirs = owner != null && owner.getEmail() != null && email != null
                && owner.getEmail().equalsIgnoreCase(email.strip());
        return theirs ? List.of() : List.of(new ImportNote(ImportNote.Kind.AUTHOR_WITHOUT_ACCOUNT, author.get().name()));
    }

    private Optional<Integer> currentVersion(long itemId) {
        try {
            return Optional.of(content.version(itemId));
        } catch (ContentRefused deleted) {
            return Optional.empty();
        }
    }

    /** Whether the same old articles make the item as last time (a translation may have been added or left out). */
    private static boolean samePartsAs(JoomlaItemPlan plan, Map<Long, Imported> before, long itemId) {
        return plan.parts().values().stream().allMatch(part -> {
            Imported record = before.get(part.article().id());
            return record != null && record.itemId() == itemId;
        });
    }

    private List<Long> tagIds(JoomlaItemPlan plan, Actor actor) {
        return plan.tags().stream().filter(tag -> !tag.isBlank())
                .map(tag -> content.tag(tag, null, actor).getId()).distinct().toList();
    }
}
