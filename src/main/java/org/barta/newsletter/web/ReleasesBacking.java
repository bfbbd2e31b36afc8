package org.barta.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.barta.accounts.AccountService;
import org.barta.accounts.web.CurrentEditor;
import org.barta.accounts.web.Reauthentication;
import org.barta.content.ContentItem;
import org.barta.content.ContentTranslation;
import org.barta.content.Language;
import org.barta.newsletter.Audience;
import org.barta.newsletter.edition.Edition;
import org.barta.newsletter.edition.EditionService;
import org.barta.newsletter.edition.EditionState;
import org.barta.newsletter.edition.PressReleaseService;
import org.barta.newsletter.edition.PressReleaseService.ReleasePlan;
import org.barta.newsletter.edition.ReleasePreviews;
import org.barta.platform.BusinessException;
import org.barta.platform.web.EditorTime;
import org.barta.platform.web.FacesMessages;
import org.barta.publicweb.LocalizedDates;

/**
 * {@code /admin/releases?item=…}: a statement's press releases. Anyone who may open the statement prepares one
 * (audiences, languages, at publication or as an embargoed advance copy); editors approve it (two of them), withdraw
 * an approval or cancel it, after checking each language's copy in the preview, and find whose copy a leaked
 * preview link came with.
 */
@Named
@ViewScoped
public class ReleasesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PressReleaseService releases;

    @Inject
    transient EditionService sends;

    @Inject
    transient AccountService accounts;

    @Inject
    transient ReleasePreviews previews;

    @Inject
    transient CurrentEditor editor;

    @Inject
    transient Reauthentication reauthentication;

    private Long item;
    private transient ContentItem statement;
    private transient List<Row> rows;
    private transient List<Audience> audienceChoices;
    private transient List<SegmentChoice> segmentChoices;
    private Long[] chosenAudiences = new Long[0];
    private Long[] chosenSegments = new Long[0];
    private String[] chosenLanguages = new String[0];
    private boolean advance;
    private LocalDateTime advanceAt;
    private String leakedAddress;

    public void open() {
        if (item == null) {
            FacesMessages.error(null, "newsletter.edition.error.notFound");
            return;
        }
        try {
            reload();
            emptyForm();
        } catch (BusinessException refusal) {
            statement = null;
            FacesMessages.error(null, refusal);
        }
    }

    private void reload() {
        statement = releases.statement(item, editor.actor());
        audienceChoices = releases.audienceChoices(item, editor.actor());
        Map<Long, Audience> byId = audienceChoices.stream().collect(Collectors.toMap(Audience::getId, Function.identity()));
        String language = editor.getLocale().getLanguage();
        segmentChoices = releases.segmentChoices(item, editor.actor()).stream()
                .filter(g -> byId.containsKey(g.getAudienceId()))
                .map(g -> new SegmentChoice(g.getId(), byId.get(g.getAudienceId()).nameFor(language) + " › "
                        + g.getName()))
                .toList();
        Map<Long, String> segmentNames = segmentChoices.stream()
                .collect(Collectors.toMap(SegmentChoice::id, SegmentChoice::label));
        rows = releases.releasesOf(item, editor.actor()).stream().map(release -> new Row(release,
                release.audienceIds().stream().filter(byId::containsKey).map(id -> release.segmentFor(id) != null
                                ? segmentNames.getOrDefault(release.segmentFor(id), byId.get(id).nameFor(language))
                                : byId.get(id).nameFor(language))
                        .collect(Collectors.joining(", ")),
                release.getLanguages().stream().map(Language::code).toList(),
                releases.reach(release),
                awaitsSecond(release) ? accounts.displayName(release.getProposedBy())
                        .orElse("#" + release.getProposedBy()) : null,
                awaitsSecond(release) && editor.actor().accountId() != null
                        && editor.actor().accountId().equals(release.getProposedBy())))
                .toList();
    }

    /** A first approval waits for a second one only while the release is a draft; the approver is kept after. */
    private static boolean awaitsSecond(Edition release) {
        return release.getState() == EditionState.DRAFT && release.getProposedBy() != null;
    }

    public String prepare() {
        try {
            Set<Language> languages = EnumSet.noneOf(Language.class);
            Arrays.stream(chosenLanguages).map(Language::fromCode).forEach(l -> l.ifPresent(languages::add));
            releases.prepare(item, new ReleasePlan(Arrays.asList(chosenAudiences), Arrays.asList(chosenSegments),
                    languages, advance ? advanceAt == null ? Instant.EPOCH : EditorTime.toInstant(advanceAt) : null),
                    editor.actor());
            FacesMessages.info(null, "releases.prepared");
            reload();
            emptyForm();
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
        return null;
    }

    /** A fresh choice: no audience, the statement's English text (or its Bangla one), at publication. */
    private void emptyForm() {
        chosenAudiences = new Long[0];
        chosenSegments = new Long[0];
        chosenLanguages = new String[] {statement.translation(Language.EN).isPresent() ? "en" : "bn"};
        advance = false;
        advanceAt = null;
    }

    /** Approving sends mail in the organisation's name: the editor's identity is confirmed first. */
    public void approve(long releaseId) {
        if (!reauthentication.confirmed()) {
            return;
        }
        act(() -> FacesMessages.info(null, releases.approve(releaseId, editor.actor()) ? "releases.approved"
                : "releases.awaitingSecond"));
    }

    public void withdrawProposal(long releaseId) {
        act(() -> {
            sends.withdrawProposal(releaseId, editor.actor());
            FacesMessages.info(null, "newsletter.admin.proposalWithdrawn");
        });
    }

    public void withdrawApproval(long releaseId) {
        act(() -> {
            sends.withdrawApproval(releaseId, editor.actor());
            FacesMessages.info(null, "newsletter.admin.withdrawn");
        });
    }

    public void cancel(long releaseId) {
        act(() -> {
            sends.cancel(releaseId, editor.actor());
            FacesMessages.info(null, "releases.cancelled");
        });
    }

    /** Names the subscriber a pasted preview link was issued to, beside the field, or says it is not one of ours. */
    public void trace() {
        try {
            previews.holderOf(leakedAddress, item, editor.actor()).ifPresentOrElse(
                    holder -> FacesMessages.info("trace:leakedAddress", "releases.trace.found",
                            holder.name() == null ? holder.email() : holder.name() + " <" + holder.email() + ">",
                            holder.releaseId(), LocalizedDates.dateTime(holder.embargo(), EditorTime.zone(),
                                    Language.fromCode(editor.getLocale().getLanguage()).orElse(Language.EN))),
                    () -> FacesMessages.error("trace:leakedAddress", "releases.trace.notOurs"));
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
        reload();
    }

    /** The statement's title in the editor's language, else in the other. */
    public String getTitle() {
        Language language = Language.fromCode(editor.getLocale().getLanguage()).orElse(Language.EN);
        return statement.translationFor(language)
                .map(ContentTranslation::getTitle).orElse("#" + item);
    }

    public ContentItem getStatement() {
        return statement;
    }

    public boolean isFound() {
        return statement != null;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Audience> getAudienceChoices() {
        return audienceChoices;
    }

    public List<SegmentChoice> getSegmentChoices() {
        return segmentChoices;
    }

    public Long[] getChosenSegments() {
        return chosenSegments;
    }

    public void setChosenSegments(Long[] chosenSegments) {
        this.chosenSegments = chosenSegments;
    }

    /** A segment as the form offers it: "Journalists › Dhaka crime reporters". */
    public record SegmentChoice(long id, String label) {
    }

    public int getApprovalsNeeded() {
        return releases.approvalsNeeded();
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public String getLeakedAddress() {
        return leakedAddress;
    }

    public void setLeakedAddress(String leakedAddress) {
        this.leakedAddress = leakedAddress;
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public Long[] getChosenAudiences() {
        return chosenAudiences;
    }

    public void setChosenAudiences(Long[] chosenAudiences) {
        this.chosenAudiences = chosenAudiences == null ? new Long[0] : chosenAudiences;
    }

    public String[] getChosenLanguages() {
        return chosenLanguages;
    }

    public void setChosenLanguages(String[] chosenLanguages) {
        this.chosenLanguages = chosenLanguages == null ? new String[0] : chosenLanguages;
    }

    public boolean isAdvance() {
        return advance;
    }

    public void setAdvance(boolean advance) {
        this.advance = advance;
    }

    public LocalDateTime getAdvanceAt() {
        return advanceAt;
    }

    public void setAdvanceAt(LocalDateTime advanceAt) {
        this.advanceAt = advanceAt;
    }

    /**
     * One release as the page lists it: to whom (names, and how many different addresses now), in which
     * languages, who gave a waiting first approval and whether that was the editor looking at it.
     */
    public record Row(Edition release, String audiences, List<String> languages, long reach, String proposer,
                      boolean proposedByMe) {
    }
}
