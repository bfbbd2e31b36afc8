package org.barta.migration.joomla;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barta.accounts.Actor;
import org.barta.content.ContentKind;
import org.barta.content.ContentRefused;
import org.barta.content.Language;
import org.barta.migration.ImportNote;
import org.barta.migration.ImportOutcome;
import org.barta.migration.SiteImportRepository;
import org.barta.migration.SiteImportRun;
import org.barta.migration.SiteImports;
import org.barta.migration.UploadedSiteFiles;
import org.barta.platform.BusinessException;
import org.barta.publicweb.PublicPagesChanged;
import org.barta.site.redirect.RedirectService;

/**
 * Brings an old site into Barta (a Joomla database, or a WordPress export: any {@link OldSiteSource}): a dry run
 * first (categories, proposed kinds, what would happen to each article), then the import in the background on the
 * container's executor, one item per transaction
 * ({@link JoomlaItemLanding}), its progress and report recorded as it goes. One import runs at a time;
 * administrators only.
 */
@ApplicationScoped
public class JoomlaImportService {

    private static final Logger LOG = Logger.getLogger(JoomlaImportService.class.getName());
    /** Items whose articles are read from the old site in one go. */
    private static final int GROUPS_PER_READ = 50;

    @Resource
    ManagedExecutorService executor;

    @Inject
    JoomlaItemLanding landing;

    @Inject
    JoomlaFileLanding fileLanding;

    @Inject
    SiteImportRepository runs;

    @Inject
    UploadedSiteFiles uploads;

    @Inject
    RedirectService redirects;

    @Inject
    Event<PublicPagesChanged> publicChanges;

    /**
     * Reads the old site and says what an import with this mapping (category id → kind; a category absent or
     * mapped to null is skipped) would do; with no mapping, Barta's proposals are used and shown.
     */
    public JoomlaDryRun dryRun(OldSiteSource source, Map<Long, ContentKind> mapping, Actor actor) {
        SiteImports.requireAdministrator(actor);
        source.filesRoot();
        try (OldSite site = source.open()) {
            List<JoomlaCategory> categories = site.categories();
            Map<Long, ContentKind> kinds = mapping != null ? mapping : proposals(categories);
            List<JoomlaArticleSummary> summaries = site.summaries();
            Map<ImportOutcome, Integer> outcomes = new EnumMap<>(ImportOutcome.class);
            Map<JoomlaItemPlan.Reason, Integer> skipped = new EnumMap<>(JoomlaItemPlan.Reason.class);
            Instant now = Instant.now();
            for (List<List<Long>> part : parts(groups(summaries, site.translationKeys()))) {
                Map<Long, JoomlaArticle> articles = byId(site.articles(flatten(part)));
                for (List<Long> group : part) {
                    JoomlaItemPlan plan = JoomlaItemPlan.of(source.site(), members(group, articles), kindOf(kinds),
                            source.allLanguages(), now);
                    ImportOutcome outcome = landing.outcomeOf(plan);
                    plan.parts().values().forEach(p -> outcomes.merge(outcome, 1, Integer::sum));
                    plan.skipped().forEach(s -> {
                        outcomes.merge(ImportOutcome.SKIPPED, 1, Integer::sum);
                        skipped.merge(s.reason(), 1, Integer::sum);
                    });
                }
            }
            return new JoomlaDryRun(source.site(), categoryRows(categories, summaries, kinds, source), outcomes,
                    skipped, summaries.size());
        }
    }

    /** Starts the import in the background and returns its run's id (see {@code SiteImports} for its progress). */
    public long start(OldSiteSource source, Map<Long, ContentKind> mapping, Actor actor) {
        SiteImports.requireAdministrator(actor);
        if (runs.recent(5).stream().anyMatch(SiteImportRun::isRunning)) {
            throw new BusinessException("import.alreadyRunning");
        }
        source.filesRoot();
        int total;
        try (OldSite site = source.open()) {
            total = site.summaries().size();
        }
        long run = landing.started(source, total, actor);
        Map<Long, ContentKind> kinds = Map.copyOf(new HashMap<>(mapping));
        executor.submit(() -> run(run, source, kinds, actor));
        return run;
    }

    private void run(long run, OldSiteSource source, Map<Long, ContentKind> mapping, Actor actor) {
        boolean changedPublic = false;
        SiteImportRun.State end = SiteImportRun.State.DONE;
        String failure = null;
        try (OldSite site = source.open()) {
            Optional<Path> files = source.filesRoot();
            Map<String, Optional<JoomlaFileLanding.Landed>> landedFiles = new HashMap<>();
            fileLanding.known(source.site()).forEach((path, file) -> landedFiles.put(path, Optional.of(file)));
            Map<String, Long> articleAt = new HashMap<>();
            Instant now = Instant.now();
            int position = 0;
            for (List<List<Long>> part : parts(groups(site.summaries(), site.translationKeys()))) {
                Map<Long, JoomlaArticle> articles = byId(site.articles(flatten(part)));
                runs.touch(run);
                for (List<Long> group : part) {
                    List<JoomlaArticle> members = members(group, articles);
                    JoomlaItemPlan plan = withFiles(JoomlaItemPlan.of(source.site(), members, kindOf(mapping),
                            source.allLanguages(), now), files, source.mediaFolder(), landedFiles, actor);
                    Map<Long, List<String>> addresses = new HashMap<>();
                    members.forEach(article -> addresses.put(article.id(), site.addressesOf(article)));
                    addresses.forEach((article, forms) -> forms.forEach(form -> articleAt.put(form, article)));
                    changedPublic |= land(run, position, plan, addresses, actor);
                    position += JoomlaItemLanding.articles(plan).size();
                }
            }
            landing.keepOldRedirects(run, source.site(), site.redirectLinks(), articleAt);
        } catch (JoomlaItemLanding.Cancelled cancelled) {
            end = SiteImportRun.State.CANCELLED;
        } catch (BusinessException refused) {
            end = SiteImportRun.State.FAILED;
            failure = refused.messageKey();
        } catch (RuntimeException unexpected) {
            LOG.log(Level.SEVERE, "Import " + run + " from " + source + " failed", unexpected);
            end = SiteImportRun.State.FAILED;
            failure = "import.failed.unexpected";
        } finally {
            if (source.filesFolder() != null) {
                uploads.discard(Path.of(source.filesFolder()));
            }
            landing.ended(run, end, failure, actor);
            redirects.importDone();
            if (changedPublic) {
                publicChanges.fire(new PublicPagesChanged("import " + run));
            }
        }
    }

    /**
     * Brings the files the item's texts show or link, and its featured image, into the media library (each old file
     * once per run: {@code landed} remembers), and points the texts at them; PDFs become attachments. A file not
     * there, or refused by the media library, is noted and its link left as it was.
     */
    private JoomlaItemPlan withFiles(JoomlaItemPlan plan, Optional<Path> root, String folder,
            Map<String, Optional<JoomlaFileLanding.Landed>> landed, Actor actor) {
        if (!plan.imports()) {
            return plan;
        }
        Map<Language, JoomlaItemPlan.Part> parts = new EnumMap<>(Language.class);
        Long featured = null;
        Set<Long> attachments = new LinkedHashSet<>();
        for (Map.Entry<Language, JoomlaItemPlan.Part> entry : plan.parts().entrySet()) {
            JoomlaItemPlan.Part part = entry.getValue();
            List<ImportNote> notes = new ArrayList<>();
            Set<String> missing = new TreeSet<>();
            Map<String, String> addresses = new HashMap<>();
            Optional<JoomlaFiles.Image> image = JoomlaFiles.featured(part.article().images());
            Optional<String> imagePath = image.flatMap(found -> JoomlaFiles.oldPath(found.path(), plan.site(), folder));
            Set<String> wanted = new LinkedHashSet<>(JoomlaFiles.referenced(part.text().body(), plan.site(),
                    folder));
            imagePath.ifPresent(wanted::add);
            for (String oldPath : wanted) {
                Optional<JoomlaFileLanding.Landed> file;
                try {
                    file = landed.computeIfAbsent(oldPath, path -> root
                            .flatMap(dir -> JoomlaFiles.file(dir, folder, path))
                            .map(found -> fileLanding.land(plan.site(), path, found, actor)));
                } catch (BusinessException refused) {
                    notes.add(new ImportNote(ImportNote.Kind.FILE_REFUSED, oldPath));
                    continue;
                }
                if (file.isEmpty()) {
                    missing.add(oldPath);
                    continue;
                }
                addresses.put(oldPath, file.get().address());
                if (JoomlaFiles.isDocument(oldPath)) {
                    attachments.add(file.get().mediaId());
                }
                if (featured == null && imagePath.filter(oldPath::equals).isPresent() && file.get().image()) {
                    featured = file.get().mediaId();
                }
            }
            if (!addresses.isEmpty()) {
                notes.add(new ImportNote(ImportNote.Kind.FILES, String.valueOf(addresses.size())));
            }
            if (!missing.isEmpty()) {
                notes.add(new ImportNote(ImportNote.Kind.MISSING_FILES, String.join(" ", missing)));
            }
            String alt = image.map(JoomlaFiles.Image::alt).filter(text -> !text.isBlank()).orElse(null);
            parts.put(entry.getKey(), part.with(JoomlaFiles.rewritten(part.text().body(), plan.site(), folder,
                    addresses),
                    alt, notes));
        }
        return plan.withFiles(parts, featured, List.copyOf(attachments));
    }

    /** Lands one item; an item refused is reported as failed and the import goes on. True if public pages changed. */
    private boolean land(long run, int position, JoomlaItemPlan plan, Map<Long, List<String>> addresses,
            Actor actor) {
        try {
            ImportOutcome outcome = landing.land(run, position, plan, addresses, actor);
            return outcome == ImportOutcome.CREATED || outcome == ImportOutcome.UPDATED;
        } catch (JoomlaItemLanding.Cancelled cancelled) {
            throw cancelled;
        } catch (RuntimeException refused) {
            Throwable cause = refused;
            while (cause.getCause() != null && !(cause instanceof BusinessException)
                    && !(cause instanceof ContentRefused)) {
                cause = cause.getCause();
            }
            String why = cause instanceof ContentRefused contentRefused ? contentRefused.reason().key()
                    : cause instanceof BusinessException business ? business.messageKey() : cause.toString();
            LOG.log(Level.INFO, "Import " + run + ": an item refused", refused);
            landing.failed(run, position, plan, why);
            return false;
        }
    }

    /** Article ids grouped into items: an article with its linked translations, in the order of the first id. */
    static List<List<Long>> groups(List<JoomlaArticleSummary> summaries, Map<Long, String> translationKeys) {
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        for (JoomlaArticleSummary summary : summaries) {
            String key = translationKeys.get(summary.id());
            groups.computeIfAbsent(key == null ? "#" + summary.id() : key, k -> new ArrayList<>()).add(summary.id());
        }
        return List.copyOf(groups.values());
    }

    private static List<List<List<Long>>> parts(List<List<Long>> groups) {
        List<List<List<Long>>> parts = new ArrayList<>();
        for (int from = 0; from < groups.size(); from += GROUPS_PER_READ) {
            parts.add(groups.subList(from, Math.min(groups.size(), from + GROUPS_PER_READ)));
        }
        return parts;
    }

    private static List<Long> flatten(List<List<Long>> groups) {
        return groups.stream().flatMap(List::stream).toList();
    }

    private static Map<Long, JoomlaArticle> byId(List<JoomlaArticle> articles) {
        Map<Long, JoomlaArticle> byId = new HashMap<>();
        articles.forEach(article -> byId.put(article.id(), article));
        return byId;
    }

    private static List<JoomlaArticle> members(List<Long> group, Map<Long, JoomlaArticle> articles) {
        return group.stream().map(articles::get).filter(Objects::nonNull).toList();
    }

    private static Function<Long, Optional<ContentKind>> kindOf(Map<Long, ContentKind> mapping) {
        return category -> Optional.ofNullable(mapping.get(category));
    }

    private static Map<Long, ContentKind> proposals(List<JoomlaCategory> categories) {
        Map<Long, ContentKind> proposed = new HashMap<>();
        categories.forEach(category -> proposed.put(category.id(), KindProposal.of(category)));
        return proposed;
    }

    private static List<JoomlaDryRun.Category> categoryRows(List<JoomlaCategory> categories,
            List<JoomlaArticleSummary> summaries, Map<Long, ContentKind> kinds, OldSiteSource source) {
        List<JoomlaDryRun.Category> rows = new ArrayList<>();
        for (JoomlaCategory category : categories) {
            int english = 0;
            int bangla = 0;
            int all = 0;
            int other = 0;
            int trashed = 0;
            for (JoomlaArticleSummary summary : summaries) {
                if (summary.categoryId() != category.id()) {
                    continue;
                }
                if (summary.state() == JoomlaArticle.TRASHED) {
                    trashed++;
                } else if ("*".equals(summary.language())) {
                    all++;
                } else {
                    Optional<Language> language = JoomlaItemPlan.languageOf(summary.language(),
                            source.allLanguages());
                    if (language.isEmpty()) {
                        other++;
                    } else if (language.get() == Language.EN) {
                        english++;
                    } else {
                        bangla++;
                    }
                }
            }
            int depth = category.path() == null ? 0 : (int) category.path().chars().filter(c -> c == '/').count();
            rows.add(new JoomlaDryRun.Category(category, depth, english, bangla, all, other, trashed,
                    kinds.get(category.id())));
        }
        return rows;
    }
}
