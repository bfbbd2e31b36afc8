package org.barta.newsletter;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.content.Language;
import org.barta.platform.BusinessException;
import org.barta.testing.Deployments;
import org.barta.testing.ServerSql;
import org.barta.testing.ServerWaits;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestActors;
import org.barta.testing.TestDatabase;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The press office's profile of subscribers against the real database: profiles stored normalised, the list
 * filtered by them, segments saved, counted as a send counts (confirmed members only) and their predicate run as
 * SQL, imports with profile columns (a bad country refused with its row, a known address completed, never
 * overwritten), erasure taking profile and tags along, authors refused; and over HTTP the editor's page (profile
 * edited with its error beside the field, filters, a segment saved) and the export with the profile columns.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriberProfileIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    AccountService accounts;

    @Inject
    AudienceService audiences;

    @Inject
    SubscriberAdminService admin;

    @Inject
    SegmentService segments;

    @Inject
    SubscriberImportService imports;

    @Inject
    MyDataService myData;

    @Inject
    SubscriberLinks links;

    @Inject
    ServerSql sql;

    @Test
    void profilesFilterTheListAndASegmentCountsItsConfirmedMembersAsASendWould() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String domain = "@profile-" + tag + ".example";
        Actor editor = TestActors.ensure(accounts, "profile-editor", Role.EDITOR);
        Actor author = TestActors.ensure(accounts, "profile-author", Role.AUTHOR);
        Audience press = audiences.create("Press desk " + tag, "প্রেস ডেস্ক " + tag, AudienceVisibility.PRIVATE, editor);
        Subscriber rina = add("rina" + domain, Language.EN, press, ConsentMode.HAVE_CONSENT, editor);
        Subscriber karim = add("karim" + domain, Language.EN, press, ConsentMode.HAVE_CONSENT, editor);
        Subscriber waiting = add("waiting" + domain, Language.EN, press, ConsentMode.SEND_CONFIRMATION, editor);
        Subscriber salma = add("salma" + domain, Language.BN, press, ConsentMode.HAVE_CONSENT, editor);
        Subscriber delhi = add("delhi" + domain, Language.EN, press, ConsentMode.HAVE_CONSENT, editor);

        admin.edit(rina.getId(), "Rina", Language.EN, SubscriberProfile.of(" The Daily  Star ",
                "Human rights reporter", "Dhaka", "bd", "Press; COURTS | press"), editor);
        admin.edit(karim.getId(), null, Language.EN, SubscriberProfile.of("Dhaka Tribune", "court reporter", "Dhaka",
                "Bangladesh", "press"), editor);
        admin.edit(waiting.getId(), null, Language.EN, SubscriberProfile.of("The Daily Star", "rights desk", "Dhaka",
                "BD", "press"), editor);
        admin.edit(salma.getId(), null, Language.BN, SubscriberProfile.of("প্রথম আলো", "মানবাধিকার প্রতিবেদক",
                "চট্টগ্রাম", "বাংলাদেশ", "প্রেস"), editor);
        admin.edit(delhi.getId(), null, Language.EN, SubscriberProfile.of("The Hindu", "human rights reporter",
                "Delhi", "in", "press"), editor);

        assertThat(sql.strings("SELECT CONCAT_WS('|', organisation, beat, district, country) FROM subscriber"
                + " WHERE id = ?", rina.getId())).containsExactly("The Daily Star|Human rights reporter|Dhaka|BD");
        assertThat(sql.strings("SELECT tag FROM subscriber_tag WHERE subscriber_id = ? ORDER BY tag", rina.getId()))
                .containsExactly("courts", "press");
        assertThat(admin.profile(salma.getId(), editor)).isEqualTo(new SubscriberProfile("প্রথম আলো",
                "মানবাধিকার প্রতিবেদক", "চট্টগ্রাম", "BD", List.of("প্রেস")));
        assertThatThrownBy(() -> SubscriberProfile.of(null, null, null, "Atlantis", ""))
                .isInstanceOf(ProfileRefused.class).hasMessageContaining("subscribers.profile.UNKNOWN_COUNTRY");
        assertThatThrownBy(() -> admin.edit(rina.getId(), null, Language.EN, SubscriberProfile.EMPTY, author))
                .isInstanceOf(BusinessException.class).hasMessageContaining("subscribers.forbidden");

        // Contains, ignoring case; equal district and country; a tag as typed in any case. Pending members are listed.
        assertThat(emails(press, new ProfileFilter("daily star", "RIGHTS", "dhaka", "BD", null)))
                .containsExactlyInAnyOrder("rina" + domain, "waiting" + domain);
        assertThat(emails(press, new ProfileFilter(null, null, null, null, "Courts"))).containsExactly("rina" + domain);
        assertThat(emails(press, new ProfileFilter(null, null, null, "IN", null))).containsExactly("delhi" + domain);
        assertThat(emails(press, new ProfileFilter("100%", null, null, null, null))).as("% is a character").isEmpty();
        assertThat(emails(press, new ProfileFilter(null, null, "চট্টগ্রাম", null, "প্রেস")))
                .containsExactly("salma" + domain);

        // A segment counts the confirmed members only: the one waiting for confirmation is not reached.
        ProfileFilter rightsInDhaka = new ProfileFilter("Daily Star", "rights", "Dhaka", "BD", "press");
        AudienceSegment segment = segments.save(press.getId(), "  Rights reporters,  Dhaka ", rightsInDhaka, null,
                editor);
        assertThat(segment.getName()).isEqualTo("Rights reporters, Dhaka");
        assertThat(segments.count(segment.getId(), editor)).isEqualTo(1);
        AudienceSegment bangla = segments.save(press.getId(), "Bangla readers", ProfileFilter.ANY, Language.BN, editor);
        assertThat(segments.forAudience(press.getId(), editor))
                .extracting(c -> c.segment().getName(), SegmentService.Counted::confirmed)
                .containsExactly(tuple("Bangla readers", 1L), tuple("Rights reporters, Dhaka", 1L));
        refused(() -> segments.save(press.getId(), "rights reporters, dhaka", rightsInDhaka, null, editor),
                "segments.nameTaken");
        refused(() -> segments.save(press.getId(), "Everyone", ProfileFilter.ANY, null, editor),
                "segments.filterRequired");
        refused(() -> segments.save(press.getId(), " ", rightsInDhaka, null, editor), "segments.nameRequired");
        refused(() -> segments.save(press.getId(), "Atlantis", new ProfileFilter(null, null, null, "Atlantis", null),
                null, editor), "subscribers.profile.UNKNOWN_COUNTRY");
        refused(() -> segments.save(press.getId(), "By an author", rightsInDhaka, null, author), "subscribers.forbidden");
        refused(() -> segments.forAudience(press.getId(), author), "subscribers.forbidden");
        refused(() -> segments.count(segment.getId(), author), "subscribers.forbidden");
        refused(() -> segments.delete(segment.getId(), author), "subscribers.forbidden");

        // The predicate, as a send would add it to its statement over the audience's confirmed members.
        AudienceSegment forSend = segments.forSending(segment.getId());
        SegmentPredicate predicate = forSend.predicate();
        List<Object> parameters = new ArrayList<>(List.of(forSend.getAudienceId()));
        parameters.addAll(predicate.parameters());
        assertThat(sql.strings("""
                SELECT s.email FROM audience_member m
                JOIN subscriber s ON s.id = m.subscriber_id AND s.status = 'CONFIRMED'
                WHERE m.audience_id = ? AND m.status = 'CONFIRMED' AND (""" + predicate.sql() + ")",
                parameters.toArray())).containsExactly("rina" + domain);

        segments.delete(bangla.getId(), editor);
        assertThat(segments.forAudience(press.getId(), editor)).hasSize(1);
        assertThat(sql.strings("SELECT action FROM audit_event WHERE target_type = 'audience_segment'"
                + " AND target_id IN (?, ?) ORDER BY id", segment.getId(), bangla.getId()))
                .containsExactly("segment.save", "segment.save", "segment.delete");
    }

    @Test
    void anImportReadsProfileColumnsRefusesABadCountryAndCompletesKnownAddressesWithoutOverwriting()
            throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String domain = "@profile-import-" + tag + ".example";
        Actor editor = TestActors.ensure(accounts, "profile-editor", Role.EDITOR);
        Audience press = audiences.create("Import desk " + tag, "ইমপোর্ট ডেস্ক " + tag, AudienceVisibility.PRIVATE,
                editor);
        Subscriber known = add("known" + domain, Language.EN, press, ConsentMode.HAVE_CONSENT, editor);
        admin.edit(known.getId(), null, Language.EN, SubscriberProfile.of("Editor's paper", null, null, null,
                "press"), editor);
        String csv = "email,name,organisation,role,district,country,tags\r\n"
                + "new" + domain + ",Nadia,Netra News,Investigative reporter,Sylhet,bd,Courts|Rights\r\n"
                + "atlantis" + domain + ",Nobody,Paper,,,Atlantis,\r\n"
                + "known" + domain + ",Known,File's paper,Editor,Khulna,Bangladesh,press;Rights\r\n"
                + "plain" + domain + ",Plain,,,,,\r\n";

        UploadPreview preview = imports.inspect("press.csv", new ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)), editor);
        ImportJob job = imports.start(preview.token(), new ImportMapping(0, 1, null, true, Language.EN,
                ConsentMode.HAVE_CONSENT, press.getId(), new ImportMapping.ProfileColumns(2, 3, 4, 5, 6)), editor);
        ServerWaits.await().atMost(30, SECONDS).pollInterval(Duration.ofMillis(100)).until(() -> !job.isRunning());

        assertThat(job.getRefused()).containsExactly(
                new ImportReportRow(3, "atlantis" + domain, ImportOutcome.UNKNOWN_COUNTRY),
                new ImportReportRow(4, "known" + domain, ImportOutcome.ALREADY_SUBSCRIBED));
        assertThat(job.count(ImportOutcome.IMPORTED)).isEqualTo(2);
        assertThat(sql.strings("SELECT COUNT(*) FROM subscriber WHERE email = ?", "atlantis" + domain))
                .containsExactly("0");
        assertThat(profileOf("new" + domain)).isEqualTo(new SubscriberProfile("Netra News", "Investigative reporter",
                "Sylhet", "BD", List.of("courts", "rights")));
        assertThat(profileOf("known" + domain)).as("what the editor wrote stays; empty fields and tags are added")
                .isEqualTo(new SubscriberProfile("Editor's paper", "Editor", "Khulna", "BD", List.of("press", "rights")));
        assertThat(profileOf("plain" + domain)).isEqualTo(SubscriberProfile.EMPTY);

        // Erasing themselves takes the profile and the tags along; "my data" lists them before that.
        long id = profileId("new" + domain);
        assertThat(myData.download(dataLink(id))).hasValueSatisfying(json -> assertThat(json)
                .contains("\"organisation\":\"Netra News\"", "\"country\":\"BD\"", "\"tags\":[\"courts\",\"rights\"]"));
        assertThat(myData.erase(dataLink(id))).isTrue();
        assertThat(sql.strings("SELECT COUNT(*) FROM subscriber WHERE id = ?", id)).containsExactly("0");
        assertThat(sql.strings("SELECT COUNT(*) FROM subscriber_tag WHERE subscriber_id = ?", id)).containsExactly("0");
    }

    @Test
    @RunAsClient
    void theEditorEditsFiltersAndSavesASegmentOnThePageExportsTheProfileAndAuthorsAreRefused(
            @ArquillianResource URL base) throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String domain = "profile-web-" + tag + ".example";
        TestAccounts.ensure("profile-web-editor", "Profile Editor", "EDITOR", TestActors.PASSWORD);
        TestAccounts.ensure("profile-web-author", "Profile Author", "AUTHOR", TestActors.PASSWORD);
        WebClient author = TestActors.signedIn(base, "profile-web-author");
        assertThat(author.get("/admin/subscribers").statusCode()).isEqualTo(403);
        assertThat(author.get("/admin/subscribers/export.csv?tag=press").statusCode()).isEqualTo(403);
        long audience = TestDatabase.privateAudience("web-" + tag, "Web desk " + tag, "ওয়েব ডেস্ক " + tag);
        TestDatabase.addConfirmedSubscribers("journalist", domain, 3, "en");
        TestDatabase.joinAudience(audience, "%@" + domain);
        String rina = "journalist0@" + domain;

        WebClient editor = TestActors.signedIn(base, "profile-web-editor");
        HttpResponse<String> list = editor.get("/admin/subscribers?audience=" + audience);
        HttpResponse<String> editing = editor.fillForm(list, "subscribers", Map.of(),
                "[id='" + editButtonOf(list, rina) + "']").send();
        HttpResponse<String> tooLong = editor.fillForm(editing, "edit", Map.of("editOrganisation", "o".repeat(201),
                "editCountry_input", "BD"), "[id='edit:save']").send();
        assertThat(Jsoup.parse(tooLong.body()).select("[id='edit:editOrganisation'] ~ *, .ui-message-error").text())
                .contains("An organisation may have at most 200 characters.");
        assertThat(TestDatabase.string("SELECT organisation FROM subscriber WHERE email = ?", rina)).isNull();
        HttpResponse<String> saved = editor.fillForm(tooLong, "edit", Map.of("editOrganisation", "The Daily Star",
                "editBeat", "Human rights reporter", "editDistrict", "Dhaka", "editCountry_input", "BD",
                "editTags", "Press, =Formula"), "[id='edit:save']").send();
        assertThat(saved.body()).contains(rina + " saved.");
        assertThat(TestDatabase.strings("SELECT tag FROM subscriber_tag t JOIN subscriber s ON s.id = t.subscriber_id"
                + " WHERE s.email = ? ORDER BY tag", rina)).containsExactly("=formula", "press");

        HttpResponse<String> filtered = editor.fillForm(saved, "subscribers", Map.of("filterOrganisation", "daily",
                "filterCountry_input", "BD", "filterTags", "PRESS"), "[id='subscribers:filter']").send();
        assertThat(Jsoup.parse(filtered.body()).select("[id='subscribers:list'] tbody tr").eachText())
                .singleElement().asString().contains(rina, "The Daily Star — Human rights reporter (Dhaka, BD)");
        HttpResponse<String> segmentSaved = editor.fillForm(filtered, "subscribers",
                Map.of("segmentName", "Rights desk"), "[id='subscribers:saveSegment']").send();
        assertThat(segmentSaved.body()).contains("Segment \"Rights desk\" saved.");
        Element segmentRow = Jsoup.parse(segmentSaved.body()).selectFirst("[id='subscribers:segmentList'] tbody tr");
        assertThat(segmentRow.select(".segment-name").text()).isEqualTo("Rights desk");
        assertThat(segmentRow.select(".segment-count").text()).isEqualTo("1");
        assertThat(segmentRow.text()).contains("organisation contains \"daily\"", "country Bangladesh", "tag press");
        assertThat(TestDatabase.string("SELECT CONCAT_WS('|', organisation, country, tag, created_by)"
                + " FROM audience_segment WHERE audience_id = ?", audience))
                .isEqualTo("daily|BD|press|profile-web-editor");
        HttpResponse<String> unnamed = editor.fillForm(segmentSaved, "subscribers", Map.of("segmentName", ""),
                "[id='subscribers:saveSegment']").send();
        assertThat(unnamed.body()).contains("Give the segment a name.");

        HttpResponse<String> export = editor.get("/admin/subscribers/export.csv?audience=" + audience
                + "&organisation=DAILY&beat=rights&district=dhaka&country=bd&tag=Press");
        assertThat(export.statusCode()).isEqualTo(200);
        String[] lines = export.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFemail,name,language,status,source,created_at,confirmed_at,"
                + "unsubscribed_at,consent_at,consent_text_version,organisation,beat,district,country,tags");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith(rina + ",,en,CONFIRMED,IMPORT,")
                .endsWith(",The Daily Star,Human rights reporter,Dhaka,BD,'=formula;press");

        HttpResponse<String> shown = editor.get("/admin/subscribers?audience=" + audience);
        assertThat(Jsoup.parse(shown.body()).select("[id='subscribers:list'] tbody tr")).hasSize(3);
        HttpResponse<String> showing = editor.fillForm(shown, "subscribers", Map.of("emailText", "journalist1"),
                "[id='subscribers:segmentList:0:showSegment']").send();
        assertThat(Jsoup.parse(showing.body()).select("[id='subscribers:list'] tbody tr").eachText())
                .as("the segment's filters replace the list's").singleElement().asString().contains(rina);
        HttpResponse<String> deleted = editor.fillForm(showing, "subscribers", Map.of(),
                "[id='subscribers:segmentList:0:deleteSegment']").send();
        assertThat(deleted.body()).contains("Segment \"Rights desk\" deleted.", "This audience has no segments yet.");
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM audience_segment WHERE audience_id = ?", audience))
                .isZero();
    }

    /** The id of the "Edit" button in the list's row of this address. */
    private static String editButtonOf(HttpResponse<String> page, String email) {
        Element row = Jsoup.parse(page.body()).select("[id='subscribers:list'] tbody tr").stream()
                .filter(r -> r.text().contains(email)).findFirst().orElseThrow();
        return row.select("button").stream().filter(b -> b.text().equals("Edit")).findFirst().orElseThrow().id();
    }

    private Subscriber add(String email, Language language, Audience audience, ConsentMode consent, Actor editor) {
        return admin.add(email, null, language, audience.getId(), consent, editor);
    }

    private List<String> emails(Audience audience, ProfileFilter filter) {
        return admin.search(new SubscriberQuery(null, null, null, null, null, null, audience.getId(), filter), 0, 50,
                null, true).stream().map(Subscriber::getEmail).toList();
    }

    private SubscriberProfile profileOf(String email) {
        return admin.profile(profileId(email), TestActors.ensure(accounts, "profile-editor", Role.EDITOR));
    }

    private long profileId(String email) {
        return admin.search(new SubscriberQuery(null, null, null, null, null, email), 0, 1, null, true).get(0).getId();
    }

    /** A fresh "my data" link for the subscriber, as the mailed one would be. */
    private SignedLink dataLink(long subscriberId) throws Exception {
        String nonce = String.format("d%021d", System.nanoTime());
        sql.update("UPDATE subscriber SET data_link_nonce = ? WHERE id = ?", nonce, subscriberId);
        return links.issue(LinkPurpose.MY_DATA, subscriberId, nonce, Instant.now());
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessException.class).hasMessageContaining(key);
    }

    /** The first column of every row, read through the server's pool. */
}
