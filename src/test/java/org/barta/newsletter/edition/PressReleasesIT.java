package org.barta.newsletter.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.transaction.UserTransaction;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.content.ContentKind;
import org.barta.content.ContentService;
import org.barta.content.ItemContent;
import org.barta.content.Language;
import org.barta.content.PressContact;
import org.barta.content.TranslationContent;
import org.barta.content.WorkflowAction;
import org.barta.media.MediaFile;
import org.barta.media.MediaService;
import org.barta.media.MediaVisibility;
import org.barta.newsletter.Audience;
import org.barta.newsletter.AudienceSegment;
import org.barta.newsletter.AudienceService;
import org.barta.newsletter.AudienceVisibility;
import org.barta.newsletter.ConsentMode;
import org.barta.newsletter.ProfileFilter;
import org.barta.newsletter.SegmentService;
import org.barta.newsletter.SignedLink;
import org.barta.newsletter.Subscriber;
import org.barta.newsletter.SubscriberAdminService;
import org.barta.newsletter.SubscriberProfile;
import org.barta.newsletter.compose.RenderedEdition;
import org.barta.newsletter.dispatch.DeliveryLedger;
import org.barta.newsletter.dispatch.NewsletterMessages;
import org.barta.newsletter.dispatch.Recipient;
import org.barta.newsletter.edition.PressReleaseService.ReleasePlan;
import org.barta.platform.BusinessException;
import org.barta.testing.Deployments;
import org.barta.testing.ServerSql;
import org.barta.testing.ServerWaits;
import org.barta.testing.TestActors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Press releases of a statement, in the server with its database and Quartz: an embargoed advance copy and a copy
 * at publication to two overlapping private lists, each approved by two editors; moving the embargo moves both,
 * the advance copy names the embargo in each reader's language and reaches each address once, the copy at
 * publication waits for the statement and goes out with it; unpublishing cancels what has not gone out, and a
 * statement published early makes a pending advance copy moot.
 */
@ExtendWith(ArquillianExtension.class)
class PressReleasesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    AccountService accounts;

    @Inject
    AudienceService audiences;

    @Inject
    SubscriberAdminService subscribers;

    @Inject
    ContentService content;

    @Inject
    PressReleaseService releases;

    @Inject
    EditionService sends;

    @Inject
    EditionRenditions renditions;

    @Inject
    EditionRepository repository;

    @Inject
    NewsletterMessages messages;

    @Inject
    Session mail;

    @Inject
    ReleasePreviews previews;

    @Inject
    SegmentService segmentService;

    @Inject
    PreviewMediaGrant mediaGrant;

    @Inject
    MediaService media;

    @Inject
    MediaVisibility visibility;

    @Inject
    ServerSql sql;

    @Inject
    DeliveryLedger ledger;

    @Inject
    UserTransaction transaction;

    @Test
    void anEmbargoedAdvanceCopyAndTheCopyAtPublicationFollowTheStatement() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Actor first = TestActors.ensure(accounts, "release-first", Role.EDITOR);
        Actor second = TestActors.ensure(accounts, "release-second", Role.EDITOR);
        Actor author = TestActors.ensure(accounts, "release-author", Role.AUTHOR);
        Audience journalists = audiences.create("Journalists " + tag, "সাংবাদিক " + tag, AudienceVisibility.PRIVATE, first);
        Audience partners = audiences.create("Partners " + tag, "সহযোগী " + tag, AudienceVisibility.PRIVATE, first);
        String domain = "@release-" + tag + ".example";
        subscribers.add("both" + domain, null, Language.EN, journalists.getId(), ConsentMode.HAVE_CONSENT, first);
        subscribers.add("both" + domain, null, Language.EN, partners.getId(), ConsentMode.HAVE_CONSENT, first);
        subscribers.add("reporter" + domain, null, Language.BN, journalists.getId(), ConsentMode.HAVE_CONSENT, first);
        Subscriber partner = subscribers.add("partner" + domain, null, Language.EN, partners.getId(),
                ConsentMode.HAVE_CONSENT, first);
        subscribers.add("reader" + domain, null, Language.EN, audiences.newsletter().getId(), ConsentMode.HAVE_CONSENT,
                first);

        Instant embargo = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        MediaFile photo = media.upload("officers.png", new ByteArrayInputStream(png()), author).file();
        MediaFile unrelated = media.upload("other.png", new ByteArrayInputStream(png()), author).file();
        long statement = scheduledStatement(tag, embargo, author, first,
                "<p><img src=\"/media/" + photo.getStorageKey() + "\" alt=\"The officers\"></p>");
        Instant advanceAt = embargo.minus(Duration.ofDays(1));
        List<Long> both = List.of(journalists.getId(), partners.getId());

        // An author prepares the advance copy; only editors approve it, two different ones.
        Edition advance = releases.prepare(statement, new ReleasePlan(both, EnumSet.allOf(Language.class), advanceAt),
                author);
        assertThat(advance.isAdvanceCopy()).isTrue();
        assertThat(advance.getEmbargoUntil()).isEqualTo(embargo);
        assertThat(advance.getState()).isEqualTo(EditionState.DRAFT);
        assertThat(releases.reach(advance)).as("three addresses, one of them on both lists").isEqualTo(3);
        assertThatThrownBy(() -> releases.approve(advance.getId(), author)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("notAllowed");
        assertThat(releases.approve(advance.getId(), first)).as("one editor is not enough").isFalse();
        assertThatThrownBy(() -> releases.approve(advance.getId(), first)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("sameApprover");
        assertThat(releases.approve(advance.getId(), second)).isTrue();
        assertThat(sends.find(advance.getId()).getSendAt()).isEqualTo(advanceAt);
        assertThat(trigger(advance.getId())).isEqualTo(advanceAt.toEpochMilli());

        Edition atPublication = releases.prepare(statement, new ReleasePlan(List.of(partners.getId()),
                Set.of(Language.EN), null), first);
        releases.approve(atPublication.getId(), first);
        assertThat(releases.approve(atPublication.getId(), second)).isTrue();
        assertThat(trigger(atPublication.getId())).as("goes out at publication").isEqualTo(embargo.toEpochMilli());

        // The sends page finds a release under each of its audiences, leading or further.
        assertThat(repository.filtered(EditionSeries.RELEASE, partners.getId(), null, 10)).extracting(Edition::getId)
                .containsExactly(atPublication.getId(), advance.getId());
        assertThat(repository.filtered(null, journalists.getId(), null, 10)).extracting(Edition::getId)
                .containsExactly(advance.getId());

        // Refused plans: no audience, a language not written, an advance copy after the embargo.
        assertThatThrownBy(() -> releases.prepare(statement, new ReleasePlan(List.of(), Set.of(Language.EN), null),
                first)).isInstanceOf(BusinessException.class).hasMessageContaining("noAudience");
        assertThatThrownBy(() -> releases.prepare(statement, new ReleasePlan(both, Set.of(Language.EN),
                embargo.plusSeconds(60)), first)).isInstanceOf(BusinessException.class).hasMessageContaining("advanceTime");

        // The embargo moves an hour later: the copy at publication moves with it, the advance copy names it.
        Instant moved = embargo.plus(Duration.ofHours(1));
        content.transition(statement, content.load(statement).getVersion(), WorkflowAction.SCHEDULE, moved, first);
        assertThat(sends.find(atPublication.getId()).getSendAt()).isEqualTo(moved);
        assertThat(trigger(atPublication.getId())).isEqualTo(moved.toEpochMilli());
        assertThat(sends.find(advance.getId()).getEmbargoUntil()).isEqualTo(moved);
        assertThat(sends.find(advance.getId()).getSendAt()).isEqualTo(advanceAt);

        // The advance copy as each reader gets it: the embargo first, in their language, then the statement.
        RenderedEdition english = renditions.preview(advance.getId(), Language.EN);
        assertThat(english.subject()).startsWith("EMBARGOED UNTIL ").contains("(Dhaka)").contains(" UTC: ")
                .endsWith("Hold the police to account " + tag);
        assertThat(english.text()).contains("EMBARGOED UNTIL").contains("Four officers are named.")
                .contains("Nasrin Akter").contains("+880 2 4811 1111").contains("media@release.example")
                .contains("/en/press-statements/hold-the-police-to-account-" + tag);
        assertThat(english.html()).contains("mailto:media@release.example").contains("The inquiry must be public.");
        RenderedEdition bangla = renditions.preview(advance.getId(), Language.BN);
        assertThat(bangla.subject()).contains("প্রকাশ নিষেধ").contains("(ঢাকা)").endsWith("পুলিশকে জবাবদিহি করুন " + tag);
        assertThat(renditions.preview(atPublication.getId(), Language.EN).subject())
                .isEqualTo("Hold the police to account " + tag);

        // The advance copy goes out (as Quartz starts it at its time): each address once, in its language.
        assertThat(sends.startSend(advance.getId())).isTrue();
        awaitSent(advance.getId());
        assertThat(sql.strings("SELECT s.email FROM newsletter_delivery d JOIN subscriber s"
                + " ON s.id = d.subscriber_id WHERE d.edition_id = ? AND d.state = 'SENT' ORDER BY s.email",
                advance.getId())).containsExactly("both" + domain, "partner" + domain, "reporter" + domain);
        MimeMessage copy = englishCopy(advance.getId(), partner, partners.getId());
        assertThat(copy.getHeader("List-Id", null)).as("the list the partner is on").contains(partners.getCode());
        assertThat(copy.getHeader("List-Unsubscribe", null)).contains("&a=" + partners.getId());

        // The partner's own preview link: the statement as a page until the embargo, its photo with it.
        String previewUrl = previewLink(copy);
        assertThat(previewUrl).contains("/en/newsletter/preview?r=" + advance.getId() + "&s=" + partner.getId())
                .contains("&e=" + moved.getEpochSecond());
        PreviewLink link = link(previewUrl);
        ReleasePreviews.Preview page = previews.open(link, Language.EN, Instant.now());
        assertThat(page.outcome()).isEqualTo(ReleasePreviews.Outcome.PAGE);
        Document shown = Jsoup.parse(page.content());
        assertThat(shown.text()).contains("EMBARGOED UNTIL", "Hold the police to account " + tag,
                "The inquiry must be public.", "Nasrin Akter").doesNotContain("Read the statement now");
        assertThat(shown.select("a[href*=unsubscribe], a[href*=preferences]")).as("nobody's personal links").isEmpty();
        assertThat(shown.select("meta[name=robots]").attr("content")).isEqualTo("noindex, nofollow");
        assertThat(shown.select("img").attr("src")).endsWith("/media/" + photo.getStorageKey() + "?" + link.query());
        assertThat(visibility.isPublic(photo)).as("the photo is not public before the embargo").isFalse();
        assertThat(mediaGrant.grants(photo, parameters(link))).as("but the preview shows it").isTrue();
        assertThat(mediaGrant.grants(unrelated, parameters(link))).as("and nothing else").isFalse();
        assertThat(previews.open(link, Language.BN, Instant.now()).content()).as("sent in English and Bangla")
                .contains("পুলিশকে জবাবদিহি করুন " + tag);

        // A link altered in any part, or moved to another subscriber or release, shows nothing.
        SignedLink signed = link.link();
        for (PreviewLink forged : List.of(
                new PreviewLink(link.releaseId(), new SignedLink(partner.getId() + 1, signed.expiresEpochSecond(),
                        signed.token())),
                new PreviewLink(link.releaseId(), new SignedLink(partner.getId(), signed.expiresEpochSecond() + 3600,
                        signed.token())),
                new PreviewLink(atPublication.getId(), signed),
                new PreviewLink(link.releaseId(), new SignedLink(partner.getId(), signed.expiresEpochSecond(),
                        signed.token().substring(1))))) {
            assertThat(previews.open(forged, Language.EN, Instant.now()).outcome()).isEqualTo(ReleasePreviews.Outcome.INVALID);
            assertThat(mediaGrant.grants(photo, parameters(forged))).isFalse();
        }
        ReleasePreviews.Holder holder = previews.holderOf(previewUrl, statement, second).orElseThrow();
        assertThat(holder.email()).as("whose copy a leaked link came with").isEqualTo(partner.getEmail());
        assertThat(holder.releaseId()).isEqualTo(advance.getId());
        assertThat(previews.holderOf(previewUrl.replace("&t=", "&t=A"), statement, second)).isEmpty();
        assertThat(previews.holderOf("not a link at all \u0000", statement, second)).isEmpty();
        assertThat(previews.holderOf(previewUrl, statement + 1, second)).as("another statement's page").isEmpty();
        assertThatThrownBy(() -> previews.holderOf(previewUrl, statement, author)).isInstanceOf(BusinessException.class);
        assertThat(previews.open(link, Language.EN, moved.plusSeconds(1)).outcome())
                .as("the embargo passed but the statement is not out").isEqualTo(ReleasePreviews.Outcome.EXPIRED);
        assertThat(text(englishCopy(atPublication.getId(), partner, partners.getId())))
                .as("only advance copies carry one").doesNotContain("/newsletter/preview");

        // The copy at publication waits for the statement: started early, it stays approved.
        assertThat(sends.startSend(atPublication.getId())).isFalse();
        assertThat(sends.find(atPublication.getId()).getState()).isEqualTo(EditionState.APPROVED);
        content.publishScheduled(statement);
        assertThat(sends.find(atPublication.getId()).getState()).isIn(EditionState.SENDING, EditionState.SENT);
        awaitSent(atPublication.getId());
        assertThat(sql.strings("SELECT s.email FROM newsletter_delivery d JOIN subscriber s"
                + " ON s.id = d.subscriber_id WHERE d.edition_id = ? ORDER BY s.email", atPublication.getId()))
                .containsExactly("both" + domain, "partner" + domain);

        // Once public, the link leads to the statement's page; its photo is public too.
        ReleasePreviews.Preview published = previews.open(link, Language.EN, Instant.now());
        assertThat(published.outcome()).isEqualTo(ReleasePreviews.Outcome.PUBLISHED);
        assertThat(published.content()).endsWith("/en/press-statements/hold-the-police-to-account-" + tag);
        assertThat(visibility.isPublic(photo)).isTrue();
    }

    @Test
    void unpublishingCancelsWhatHasNotGoneOutAndAnEarlyPublicationMakesTheAdvanceCopyMoot() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Actor first = TestActors.ensure(accounts, "release-first", Role.EDITOR);
        Actor second = TestActors.ensure(accounts, "release-second", Role.EDITOR);
        Audience diplomats = audiences.create("Diplomats " + tag, "কূটনীতিক " + tag, AudienceVisibility.PRIVATE, first);
        Instant embargo = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        List<Long> to = List.of(diplomats.getId());

        long withdrawn = scheduledStatement(tag, embargo, first, first);
        long release = approved(withdrawn, new ReleasePlan(to, Set.of(Language.EN), null), first, second);
        content.transition(withdrawn, content.load(withdrawn).getVersion(), WorkflowAction.UNPUBLISH, null, first);
        assertThat(sends.find(release).getState()).isEqualTo(EditionState.CANCELLED);
        assertThat(sql.strings("SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = ?", "send-" + release))
                .as("nothing left scheduled").isEmpty();
        assertThatThrownBy(() -> releases.approve(release, first)).isInstanceOf(BusinessException.class);

        long early = scheduledStatement(tag + "b", embargo, first, first);
        long advance = approved(early, new ReleasePlan(to, Set.of(Language.EN), embargo.minus(Duration.ofHours(6))),
                first, second);
        content.transition(early, content.load(early).getVersion(), WorkflowAction.PUBLISH, null, first);
        assertThat(sends.find(advance).getState()).as("no embargo left to announce").isEqualTo(EditionState.CANCELLED);

        // An advance copy already out, then the statement withdrawn: its preview links show nothing more.
        Subscriber diplomat = subscribers.add("envoy@withdrawn-" + tag + ".example", null, Language.EN,
                diplomats.getId(), ConsentMode.HAVE_CONSENT, first);
        long retracted = scheduledStatement(tag + "c", embargo, first, first);
        long sent = approved(retracted, new ReleasePlan(to, Set.of(Language.EN), embargo.minus(Duration.ofHours(6))),
                first, second);
        assertThat(sends.startSend(sent)).isTrue();
        awaitSent(sent);
        PreviewLink link = link(previewLink(englishCopy(sent, diplomat, diplomats.getId())));
        assertThat(previews.open(link, Language.EN, Instant.now()).outcome()).isEqualTo(ReleasePreviews.Outcome.PAGE);
        content.transition(retracted, content.load(retracted).getVersion(), WorkflowAction.UNPUBLISH, null, first);
        assertThat(previews.open(link, Language.EN, Instant.now()).outcome())
                .isEqualTo(ReleasePreviews.Outcome.WITHDRAWN);
    }

    @Test
    void aReleaseThroughASegmentReachesOnlyTheMembersItsFiltersMatch() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Actor first = TestActors.ensure(accounts, "release-first", Role.EDITOR);
        Actor second = TestActors.ensure(accounts, "release-second", Role.EDITOR);
        Audience journalists = audiences.create("Crime desk " + tag, "অপরাধ ডেস্ক " + tag, AudienceVisibility.PRIVATE, first);
        Audience partners = audiences.create("Allies " + tag, "মিত্র " + tag, AudienceVisibility.PRIVATE, first);
        String domain = "@segment-" + tag + ".example";
        Map<String, String> districts = Map.of("dhaka-1", "Dhaka", "dhaka-2", "Dhaka", "khulna", "Khulna",
                "both-khulna", "Khulna");
        for (Map.Entry<String, String> journalist : districts.entrySet()) {
            Subscriber added = subscribers.add(journalist.getKey() + domain, null, Language.EN, journalists.getId(),
                    ConsentMode.HAVE_CONSENT, first);
            subscribers.edit(added.getId(), null, Language.EN, SubscriberProfile.of("Daily Star", "crime reporter",
                    journalist.getValue(), "BD", "courts"), first);
        }
        subscribers.add("both-khulna" + domain, null, Language.EN, partners.getId(), ConsentMode.HAVE_CONSENT, first);
        subscribers.add("ally" + domain, null, Language.EN, partners.getId(), ConsentMode.HAVE_CONSENT, first);
        AudienceSegment dhaka = segmentService.save(journalists.getId(), "Dhaka crime " + tag,
                new ProfileFilter(null, "crime", "Dhaka", null, null), null, first);
        long statement = scheduledStatement(tag, Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES),
                first, first);

        // The Dhaka reporters of the crime desk and all the allies: the Khulna reporter only as an ally.
        ReleasePlan plan = new ReleasePlan(List.of(partners.getId()), List.of(dhaka.getId()), Set.of(Language.EN), null);
        Edition release = releases.prepare(statement, plan, first);
        assertThat(release.segmentFor(journalists.getId())).isEqualTo(dhaka.getId());
        assertThat(releases.reach(release)).isEqualTo(4);
        assertThatThrownBy(() -> releases.prepare(statement, new ReleasePlan(List.of(journalists.getId()),
                List.of(dhaka.getId()), Set.of(Language.EN), null), first)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("wholeAndSegment");
        AudienceSegment other = segmentService.save(journalists.getId(), "Courts " + tag,
                new ProfileFilter(null, null, null, null, "courts"), null, first);
        assertThatThrownBy(() -> releases.prepare(statement, new ReleasePlan(List.of(), List.of(dhaka.getId(),
                other.getId()), Set.of(Language.EN), null), first)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("twoSegments");
        assertThat(releases.approve(release.getId(), first)).isFalse();
        assertThat(releases.approve(release.getId(), second)).isTrue();

        // The segment is read as the send starts: a reporter who moved to Dhaka since is in it.
        Subscriber moved = subscribers.add("khulna-now-dhaka" + domain, null, Language.EN, journalists.getId(),
                ConsentMode.HAVE_CONSENT, first);
        subscribers.edit(moved.getId(), null, Language.EN, SubscriberProfile.of(null, "Crime", "Dhaka", null, null),
                first);
        content.publishScheduled(statement);
        awaitSent(release.getId());
        assertThat(sql.strings("SELECT s.email FROM newsletter_delivery d JOIN subscriber s"
                + " ON s.id = d.subscriber_id WHERE d.edition_id = ? AND d.state = 'SENT' ORDER BY s.email",
                release.getId())).containsExactly("ally" + domain, "both-khulna" + domain, "dhaka-1" + domain,
                "dhaka-2" + domain, "khulna-now-dhaka" + domain);
        assertThatThrownBy(() -> segmentService.delete(dhaka.getId(), first)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("segments.inUse");
        segmentService.delete(other.getId(), first);
    }

    @Test
    void aRecipientReachedThroughOneSegmentGetsThatListsHeadersNotAnotherListsTheyAreOn() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Actor first = TestActors.ensure(accounts, "release-first", Role.EDITOR);
        Audience journalists = audiences.create("Courts desk " + tag, "আদালত ডেস্ক " + tag, AudienceVisibility.PRIVATE,
                first);
        Audience partners = audiences.create("Legal aid " + tag, "আইনি সহায়তা " + tag, AudienceVisibility.PRIVATE, first);
        String domain = "@lists-" + tag + ".example";
        // Each is on both lists; the Dhaka segment of one list and the Khulna segment of the other are chosen.
        for (String district : List.of("Dhaka", "Khulna")) {
            Subscriber both = subscribers.add(district.toLowerCase() + domain, null, Language.EN, journalists.getId(),
                    ConsentMode.HAVE_CONSENT, first);
            subscribers.add(both.getEmail(), null, Language.EN, partners.getId(), ConsentMode.HAVE_CONSENT, first);
            subscribers.edit(both.getId(), null, Language.EN, SubscriberProfile.of(null, null, district, null, null),
                    first);
        }
        AudienceSegment dhakaReporters = segmentService.save(journalists.getId(), "Dhaka " + tag,
                new ProfileFilter(null, null, "Dhaka", null, null), null, first);
        AudienceSegment khulnaLawyers = segmentService.save(partners.getId(), "Khulna " + tag,
                new ProfileFilter(null, null, "Khulna", null, null), null, first);
        long statement = scheduledStatement(tag, Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES),
                first, first);
        Edition release = releases.prepare(statement, new ReleasePlan(List.of(), List.of(dhakaReporters.getId(),
                khulnaLawyers.getId()), Set.of(Language.EN), null), first);

        // The ledger as the send starts, due an hour from now so that only this test's claim takes its rows.
        Instant due = Instant.now().plus(Duration.ofHours(1));
        transaction.begin();
        try {
            ledger.prepare(release.getId(), List.of(dhakaReporters, khulnaLawyers), due);
            sql.update("UPDATE newsletter_edition SET state = 'SENDING' WHERE id = ?", release.getId());
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
        try {
            Map<String, Long> listOf = new HashMap<>();
            for (Recipient recipient : ledger.claim(release.getId(), "lists-" + tag, 10, Duration.ofMinutes(1),
                    due.plusSeconds(1))) {
                listOf.put(recipient.email(), recipient.audienceId());
            }
            assertThat(listOf).as("the list each was queued for").containsOnly(
                    Map.entry("dhaka" + domain, journalists.getId()), Map.entry("khulna" + domain, partners.getId()));
        } finally {
            sql.update("UPDATE newsletter_edition SET state = 'CANCELLED' WHERE id = ?", release.getId());
        }
    }

    private long approved(long statement, ReleasePlan plan, Actor first, Actor second) {
        long id = releases.prepare(statement, plan, first).getId();
        assertThat(releases.approve(id, first)).isFalse();
        assertThat(releases.approve(id, second)).isTrue();
        return id;
    }

    /** A press statement in both languages with a press contact, scheduled (by an editor) for {@code at}. */
    private long scheduledStatement(String tag, Instant at, Actor writer, Actor editor) {
        return scheduledStatement(tag, at, writer, editor, "");
    }

    private long scheduledStatement(String tag, Instant at, Actor writer, Actor editor, String moreHtml) {
        long id = content.create(ContentKind.PRESS_STATEMENT, new ItemContent(null, null, null, null, null, null, null,
                null, null, null, null, List.of(), List.of(), Map.of(
                Language.EN, new TranslationContent("Hold the police to account " + tag,
                        "hold-the-police-to-account-" + tag, "Four officers are named.",
                        "<p>The inquiry must be public.</p>" + moreHtml, null),
                Language.BN, new TranslationContent("পুলিশকে জবাবদিহি করুন " + tag,
                        "police-accountability-" + tag, "চারজন কর্মকর্তার নাম প্রকাশ।",
                        "<p>তদন্ত প্রকাশ্য হতে হবে।</p>", null)),
                new PressContact("Nasrin Akter", "+880 2 4811 1111", "media@release.example")), writer);
        content.transition(id, content.load(id).getVersion(), WorkflowAction.SCHEDULE, at, editor);
        return id;
    }

    /** The subscriber's English copy of a send, written as the workers write it, reached through this audience. */
    private MimeMessage englishCopy(long editionId, Subscriber subscriber, long audienceId) throws Exception {
        return messages.write(mail, editionId, new Recipient(subscriber.getId(), subscriber.getEmail(), null,
                Language.EN, subscriber.getLinkNonce(), false, 0, audienceId),
                renditions.rendered(editionId, Language.EN), Instant.now()).message();
    }

    private static String previewLink(MimeMessage copy) throws Exception {
        Matcher found = Pattern.compile("https?://\\S+/newsletter/preview\\?\\S+").matcher(text(copy));
        assertThat(found.find()).as("a preview link in the text").isTrue();
        return found.group();
    }

    /** The text part as a mail client shows it. */
    private static String text(MimeMessage copy) throws Exception {
        MimeMultipart parts = (MimeMultipart) copy.getContent();
        return parts.getBodyPart(0).getContent().toString();
    }

    private static PreviewLink link(String url) {
        Map<String, String> query = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            query.put(nameValue[0], URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return PreviewLink.parse(query::get).orElseThrow();
    }

    private static Map<String, String[]> parameters(PreviewLink link) {
        return Map.of("r", new String[] {Long.toString(link.releaseId())},
                "s", new String[] {Long.toString(link.link().subscriberId())},
                "e", new String[] {Long.toString(link.link().expiresEpochSecond())},
                "t", new String[] {link.link().token()});
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private long trigger(long editionId) throws SQLException {
        return Long.parseLong(sql.strings("SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = ?",
                "send-" + editionId).get(0));
    }

    private void awaitSent(long editionId) {
        ServerWaits.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(sends.find(editionId).getState()).isEqualTo(EditionState.SENT));
    }
}
