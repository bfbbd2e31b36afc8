package org.barta.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.barta.accounts.Account;
import org.barta.accounts.AccountRepository;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.accounts.AuditLog;
import org.barta.content.ContentRefused.Reason;

/**
 * Every change to content goes through here: creating, saving (with a revision each time), workflow
 * transitions, scheduled publishing and restoring revisions. Rules are checked here, not in the UI.
 */
@ApplicationScoped
@Transactional
public class ContentService {

    /**
     * Digits (Latin or Bangla) with the usual separators, an optional leading + and an extension: "+880 2 4811 1111",
     * "(02) 9126-6141 ext. 12", "০১৭১১ ১২৩৪৫৬".
     */
    private static final Pattern PHONE = Pattern.compile(
            "\\+?\\p{Nd}[\\p{Nd} ()./-]{2,48}(\\s*(ext\\.?|x)\\s*\\p{Nd}{1,6})?");

    private static final Logger LOG = Logger.getLogger(ContentService.class.getName());

    @Inject
    ContentRepository items;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    ScheduledPublishing scheduling;

    @Inject
    Event<PublicContentChanged> publicChanges;

    @Inject
    Event<ItemAddressChanged> addressChanges;

    @Inject
    Event<ItemPublicationChanged> publicationChanges;

    public long create(ContentKind kind, ItemContent content, Actor actor) {
        Account author = accounts.find(actor.accountId()).orElseThrow(() -> new ContentRefused(Reason.NO_ACCOUNT));
        ContentItem item = new ContentItem(kind, author);
        ItemContent clean = prepare(null, kind, content, false);
        item.apply(clean, items.tags(clean.tagIds()), author);
        items.add(item);
        items.flush();
        addRevision(item, actor, "CREATE", clean, RevisionDiff.summary(RevisionDiff.between(empty(), clean)));
        audit.record(actor, "content.create", "content", item.getId(), kind.name() + ": " + anyTitle(clean));
        return item.getId();
    }

    public void save(long id, int expectedVersion, ItemContent content, Actor actor) {
        update(id, expectedVersion, content, actor, "SAVE");
    }

    public void transition(long id, int expectedVersion, WorkflowAction action, Instant publishAt, Actor actor) {
        ContentItem item = open(id, actor);
        checkVersion(item, expectedVersion);
        Workflow.check(action, actor, item.getState(), item.ownerId());
        ContentState before = item.getState();
        item.transition(action, Instant.now(), publishAt, account(actor));
        if (action == WorkflowAction.SCHEDULE) {
            scheduling.schedule(id, publishAt);
        } else if (before == ContentState.SCHEDULED) {
            scheduling.cancel(id);
        }
        String change = "state: " + before + " → " + item.getState();
        addRevision(item, actor, action.name(), item.content(), change);
        audit.record(actor, "content." + action.name().toLowerCase(java.util.Locale.ROOT), "content", id,
                change + (publishAt != null && action == WorkflowAction.SCHEDULE ? " at " + publishAt : ""));
        flush();
        publicationChanges.fire(new ItemPublicationChanged(id, item.getState(), item.getScheduledFor()));
        if (before == ContentState.PUBLISHED || item.getState() == ContentState.PUBLISHED) {
            publicChanges.fire(PublicContentChanged.of(item));
        }
    }

    /** Called by Quartz when a scheduled item is due. Does nothing unless the item is still scheduled. */
    public void publishScheduled(long id) {
        items.find(id).filter(item -> item.getState() == ContentState.SCHEDULED).ifPresentOrElse(item -> {
            Actor scheduler = Actor.scheduler();
            item.transition(WorkflowAction.PUBLISH, Instant.now(), null, null);
            addRevision(item, scheduler, WorkflowAction.PUBLISH.name(), item.content(),
                    "state: SCHEDULED → PUBLISHED");
            audit.record(scheduler, "content.publish", "content", id, "scheduled publication");
            publicationChanges.fire(new ItemPublicationChanged(id, item.getState(), null));
            publicChanges.fire(PublicContentChanged.of(item));
        }, () -> LOG.info(() -> "Scheduled publication of item " + id + " skipped: no longer scheduled"));
    }

    /**
     * An item brought in from an old site as it stood there (dates, and published, scheduled, archived or draft),
     * without workflow steps: administrators only. Its author is the account with the old author's e-mail address
     * if there is one, the administrator otherwise. A requested slug that is taken gets a number. No public change
     * is announced per item: the import announces its end once. Returns the item's id.
     */
    public long createImported(ContentKind kind, ItemContent content, ImportedState old, Actor actor) {
        requireAdministrator(actor);
        Account importer = account(actor);
        Account author = old.authorEmail() == null || old.authorEmail().isBlank() ? importer
                : accounts.findByEmail(old.authorEmail()).orElse(importer);
        ContentItem item = new ContentItem(kind, author);
        ItemContent clean = prepare(null, kind, content, true);
        item.apply(clean, items.tags(clean.tagIds()), importer);
        item.imported(old);
        items.add(item);
        flush();
        afterImport(item, actor, "content.import", clean, old);
        return item.getId();
    }

    /**
     * Rewrites an imported item with what its old site holds now, as {@link #createImported}, unless it changed
     * since the import left it at {@code expectedVersion} ({@link Reason#CHANGED_BY_OTHER}).
     */
    public void updateImported(long id, int expectedVersion, ItemContent content, ImportedState old, Actor actor) {
        requireAdministrator(actor);
        ContentItem item = load(id);
        checkVersion(item, expectedVersion);
        ContentState before = item.getState();
        ItemContent previous = item.content();
        ItemContent clean = prepare(id, item.getKind(), content, true);
        item.apply(clean, items.tags(clean.tagIds()), account(actor));
        item.imported(old);
        flush();
        if (before == ContentState.SCHEDULED && old.state() != ContentState.SCHEDULED) {
            scheduling.cancel(id);
        }
        if (item.getPublishedAt() != null) {
            announceNewSlugs(item, previous, clean);
        }
        afterImport(item, actor, "content.reimport", clean, old);
    }

    /** The version an item has now: what an import records to know later whether anyone changed it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int version(long id) {
        return load(id).getVersion();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContentItem load(long id) {
        return items.find(id).orElseThrow(() -> new ContentRefused(Reason.NOT_FOUND, id));
    }

    /**
     * The item as the admin may show it to this actor: editors and administrators see every item, authors their
     * own and published ones. Anything else is "not found", so an author cannot even learn that an embargoed
     * statement or someone else's draft exists.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContentItem open(long id, Actor actor) {
        return items.find(id).filter(item -> Workflow.maySee(actor, item.getState(), item.ownerId()))
                .orElseThrow(() -> new ContentRefused(Reason.NOT_FOUND, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContentRevision> revisions(long id, Actor actor) {
        open(id, actor);
        return items.revisions(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldChange> compare(long id, int fromNumber, int toNumber, Actor actor) {
        open(id, actor);
        return RevisionDiff.between(snapshot(id, fromNumber), snapshot(id, toNumber));
    }

    public void restore(long id, int expectedVersion, int revisionNumber, Actor actor) {
        open(id, actor);
        update(id, expectedVersion, snapshot(id, revisionNumber), actor, "RESTORE " + revisionNumber);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tag> allTags() {
        return items.allTags();
    }

    /** Finds the tag with this English label's slug, creating it if needed. */
    public Tag tag(String labelEn, String labelBn, Actor actor) {
        String slug = Slugs.slugify(labelEn);
        if (slug.isEmpty()) {
            throw new ContentRefused(Reason.TAG_LABEL_MISSING);
        }
        return items.tagBySlug(slug).orElseGet(() -> {
            Tag tag = new Tag(slug, labelEn.strip(), labelBn == null || labelBn.isBlank() ? null : labelBn.strip());
            items.addTag(tag);
            items.flush();
            audit.record(actor, "tag.create", "tag", tag.getId(), labelEn);
            return tag;
        });
    }

    private void update(long id, int expectedVersion, ItemContent content, Actor actor, String action) {
        ContentItem item = open(id, actor);
        checkVersion(item, expectedVersion);
        Workflow.checkEdit(actor, item.getState(), item.ownerId());
        ItemContent before = item.content();
        ItemContent clean = prepare(id, item.getKind(), content, false);
        List<FieldChange> changes = RevisionDiff.between(before, clean);
        if (changes.isEmpty()) {
            return;
        }
        item.apply(clean, items.tags(clean.tagIds()), account(actor));
        addRevision(item, actor, action, clean, RevisionDiff.summary(changes));
        audit.record(actor, action.startsWith("RESTORE") ? "content.restore" : "content.save", "content", id,
                RevisionDiff.summary(changes));
        flush();
        if (item.getPublishedAt() != null) {
            announceNewSlugs(item, before, clean);
        }
        if (item.getState() == ContentState.PUBLISHED) {
            publicChanges.fire(PublicContentChanged.of(item, before.tagIds()));
        }
    }

    private void afterImport(ContentItem item, Actor actor, String event, ItemContent clean, ImportedState old) {
        if (old.state() == ContentState.SCHEDULED) {
            scheduling.schedule(item.getId(), old.publishedAt());
        }
        addRevision(item, actor, "IMPORT", clean, old.origin());
        audit.record(actor, event, "content", item.getId(), old.origin() + ": " + anyTitle(clean));
    }

    private static void requireAdministrator(Actor actor) {
        if (actor == null || actor.role() != Role.ADMIN) {
            throw new ContentRefused(Reason.ROLE_REFUSED);
        }
    }

    private void announceNewSlugs(ContentItem item, ItemContent before, ItemContent after) {
        before.translations().forEach((language, old) -> {
            TranslationContent now = after.translations().get(language);
            if (now != null && !now.slug().equals(old.slug())) {
                addressChanges.fire(new ItemAddressChanged(item.getId(), item.getKind(), language, old.slug(),
                        now.slug()));
            }
        });
    }

    private void flush() {
        try {
            items.flush();
        } catch (OptimisticLockException e) {
            throw new ContentRefused(Reason.CHANGED_BY_OTHER);
        }
    }

    private static void checkVersion(ContentItem item, int expectedVersion) {
        if (item.getVersion() != expectedVersion) {
            throw new ContentRefused(Reason.CHANGED_BY_OTHER);
        }
    }

    private ItemContent snapshot(long id, int number) {
        ContentRevision revision = items.revision(id, number)
                .orElseThrow(() -> new ContentRefused(Reason.REVISION_NOT_FOUND, number));
        return RevisionJson.read(revision.getSnapshot());
    }

    private void addRevision(ContentItem item, Actor actor, String action, ItemContent content, String changed) {
        int number = items.lastRevisionNumber(item.getId()) + 1;
        String summary = changed == null || changed.length() <= 1000 ? changed : changed.substring(0, 997) + "...";
        items.addRevision(new ContentRevision(item.getId(), number, actor.username(), action, summary,
                RevisionJson.write(content)));
    }

    private Account account(Actor actor) {
        return accounts.find(actor.accountId()).orElse(null);
    }

    /** Trims, fills and checks what the editor sent: titles, unique slugs, sanitized bodies, kind fields. */
    private ItemContent prepare(Long itemId, ContentKind kind, ItemContent content, boolean numberTakenSlugs) {
        if (content.translations().isEmpty()) {
            throw new ContentRefused(Reason.NOT_WRITTEN);
        }
        Map<Language, TranslationContent> clean = new EnumMap<>(Language.class);
        content.translations().forEach((language, text) -> {
            String title = strip(text.title());
            if (title == null) {
                throw ContentRefused.in(language, Reason.TITLE_MISSING);
            }
            if (title.length() > TranslationContent.MAX_TITLE) {
                throw ContentRefused.in(language, Reason.TITLE_TOO_LONG, TranslationContent.MAX_TITLE);
            }
            String slug = slug(itemId, language, text.slug(), title, numberTakenSlugs);
            clean.put(language, new TranslationContent(title, slug,
                    strip(text.summary()), HtmlSanitizer.sanitize(text.body()), strip(text.imageAlt())));
        });
        if (kind == ContentKind.NETWORK_PAGE && content.networkWebsite() != null && !content.networkWebsite().isBlank()
                && !NetworkDetails.isWebsite(content.networkWebsite().strip())) {
            throw new ContentRefused(Reason.WEBSITE_INVALID);
        }
        if (content.memberSince() != null && !NetworkDetails.isMemberSinceYear(content.memberSince())) {
            throw new ContentRefused(Reason.MEMBER_SINCE_INVALID);
        }
        return new ItemContent(content.eventType(), content.eventDate(), strip(content.venue()),
                strip(content.district()), strip(content.networkAcronym()), strip(content.networkWebsite()),
                strip(content.networkRegion()), content.memberSince(), content.publicationDate(),
                content.reportFileId(), content.featuredImageId(), content.tagIds(), content.attachmentIds(), clean, contact(content.contact()));
    }

    /** The contact as it is kept: trimmed, blanks dropped, a phone number and a plain e-mail address or refused. */
    private static PressContact contact(PressContact given) {
        String name = strip(given.name());
        String phone = strip(given.phone());
        String email = strip(given.email());
        if (name != null && name.length() > PressContact.MAX_NAME) {
            throw new ContentRefused(Reason.CONTACT_NAME_TOO_LONG, PressContact.MAX_NAME);
        }
        if (phone != null && (phone.length() > PressContact.MAX_PHONE || !PHONE.matcher(phone).matches())) {
            throw new ContentRefused(Reason.CONTACT_PHONE_INVALID);
        }
        if (email != null && !isPlainAddress(email)) {
            throw new ContentRefused(Reason.CONTACT_EMAIL_INVALID);
        }
        return new PressContact(name, phone, email == null ? null : email.toLowerCase(Locale.ROOT));
    }

    /** One address, no display name, with a domain that has a dot: what a journalist can write to. */
    private static boolean isPlainAddress(String email) {
        try {
            InternetAddress address = new InternetAddress(email, true);
            return address.getPersonal() == null && email.equals(address.getAddress()) && email.length() <= 254
                    && email.indexOf('.', email.indexOf('@')) > 0;
        } catch (AddressException e) {
            return false;
        }
    }

    private String slug(Long itemId, Language language, String requested, String title, boolean numberTaken) {
        String given = strip(requested);
        if (given != null) {
            String slug = Slugs.slugify(given);
            if (slug.isEmpty()) {
                throw ContentRefused.in(language, Reason.SLUG_INVALID);
            }
            if (numberTaken) {
                return free(itemId, language, slug);
            }
            if (items.slugTaken(language, slug, itemId)) {
                throw ContentRefused.in(language, Reason.SLUG_TAKEN, slug);
            }
            return slug;
        }
        String base = Slugs.slugify(title);
        return free(itemId, language, base.isEmpty() ? "item" : base);
    }

    /** The slug, or the first of {@code slug-2}, {@code slug-3}… that no other item uses. */
    private String free(Long itemId, Language language, String base) {
        String slug = base;
        for (int n = 2; items.slugTaken(language, slug, itemId); n++) {
            slug = Slugs.numbered(base, n);
        }
        return slug;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String anyTitle(ItemContent content) {
        return content.translations().values().stream().map(TranslationContent::title).findFirst().orElse("");
    }

    private static ItemContent empty() {
        return ItemContent.text(Map.of());
    }
}
