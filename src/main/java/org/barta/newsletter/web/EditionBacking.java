package org.barta.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.barta.accounts.AccountService;
import org.barta.accounts.web.CurrentEditor;
import org.barta.accounts.web.Reauthentication;
import org.barta.content.Language;
import org.barta.newsletter.AudienceService;
import org.barta.newsletter.dispatch.FailedDelivery;
import org.barta.newsletter.dispatch.SendProgress;
import org.barta.newsletter.edition.Edition;
import org.barta.newsletter.edition.EditionItem;
import org.barta.newsletter.edition.EditionService;
import org.barta.newsletter.edition.EditionState;
import org.barta.platform.BusinessException;
import org.barta.platform.web.EditorTime;
import org.barta.platform.web.FacesMessages;

/**
 * {@code /admin/edition?id=…}: an edition's text in both languages, its items in order, previews, a test send,
 * approval for a time, and once it is sending its live progress with pause, resume, cancel and retry.
 */
@Named
@ViewScoped
public class EditionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EditionService editions;

    @Inject
    transient AudienceService audiences;

    @Inject
    transient AccountService accounts;

    @Inject
    transient CurrentEditor editor;

    @Inject
    transient Reauthentication reauthentication;

    private Long id;
    private Edition edition;
    private String audienceName;
    private transient EditionService.Recipients recipients;
    private final Map<Language, String> subject = new EnumMap<>(Language.class);
    private final Map<Language, String> intro = new EnumMap<>(Language.class);
    private List<EditionItem> items = new ArrayList<>();
    private Long itemToAdd;
    private String testAddresses;
    private Language testLanguage = Language.EN;
    private LocalDateTime sendAt;
    private SendProgress progress;

    /** Opens the edition; a press release (linked from the sends page) is shown on its statement's release page. */
    public String open() {
        if (id == null) {
            FacesMessages.error(null, "newsletter.edition.error.notFound");
            return null;
        }
        try {
            reload();
            if (edition.isRelease()) {
                return "/admin/releases?faces-redirect=true&item=" + edition.getContentItemId();
            }
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
        return null;
    }

    private void reload() {
        edition = editions.open(id, editor.actor());
        audienceName = audiences.find(edition.getAudienceId()).map(a -> a.nameFor(editor.getLocale().getLanguage()))
                .orElse("");
        for (Language language : Language.values()) {
            subject.put(language, edition.subject(language));
            intro.put(language, edition.intro(language));
        }
        items = new ArrayList<>(editions.items(id));
        sendAt = EditorTime.toLocal(edition.getSendAt() == null ? Instant.now() : edition.getSendAt());
        progress = edition.getState().hasSend() ? editions.progress(id) : null;
        recipients = editions.recipients(id, editor.actor());
    }

    public void save() {
        act(this::writeTextAndItems, "newsletter.admin.saved");
    }

    private void writeTextAndItems() {
        for (Language language : Language.values()) {
            editions.write(id, language, subject.get(language), intro.get(language), editor.actor());
        }
        editions.setItems(id, items.stream().map(EditionItem::id).toList(), editor.actor());
    }

    public void moveUp(int index) {
        if (index > 0) {
            items.add(index - 1, items.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index < items.size() - 1) {
            items.add(index + 1, items.remove(index));
        }
    }

    public void remove(int index) {
        items.remove(index);
    }

    public void addItem() {
        if (itemToAdd != null && items.stream().noneMatch(i -> i.id() == itemToAdd)) {
            editions.candidates().stream().filter(c -> c.id() == itemToAdd).findFirst().ifPresent(items::add);
        }
        itemToAdd = null;
    }

    public List<EditionItem> getCandidates() {
        return editions.candidates();
    }

    public void sendTest() {
        List<String> addresses = testAddresses == null ? List.of() : Arrays.stream(testAddresses.split("[,;\\s]+"))
                .filter(a -> !a.isBlank()).toList();
        act(() -> editions.sendTest(id, testLanguage, addresses, editor.actor()), "newsletter.admin.testSent");
    }

    /**
     * The first approval writes what the editor typed and approves it; with four eyes it waits for a second editor,
     * whose approval takes the proposal as it stands (the page shows it read-only meanwhile).
     */
    public void approve() {
        // The picked time is read before anything reloads the edition (a reload resets it to the stored time).
        Instant picked = sendAt == null ? null : EditorTime.toInstant(sendAt);
        boolean second = edition.getProposedBy() != null;
        if (!reauthentication.isRecent() && !second) {
            // Sending needs the identity confirmed first; what the editor typed is kept meanwhile.
            act(this::writeTextAndItems, "newsletter.admin.saved");
        }
        if (!reauthentication.confirmed()) {
            return;
        }
        try {
            if (!second) {
                writeTextAndItems();
            }
            FacesMessages.info(null, editions.approve(id, picked, editor.actor()) ? "newsletter.admin.approved"
                    : "newsletter.admin.awaitingSecond");
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
        reload();
    }

    public void withdrawProposal() {
        act(() -> editions.withdrawProposal(id, editor.actor()), "newsletter.admin.proposalWithdrawn");
    }

    public void withdraw() {
        act(() -> editions.withdrawApproval(id, editor.actor()), "newsletter.admin.withdrawn");
    }

    public void pause() {
        act(() -> editions.pause(id, editor.actor()), "newsletter.admin.paused");
    }

    public void resume() {
        act(() -> editions.resume(id, editor.actor()), "newsletter.admin.resumed");
    }

    public void cancel() {
        act(() -> editions.cancel(id, editor.actor()), "newsletter.admin.cancelled");
    }

    public void retryFailed() {
        if (!reauthentication.confirmed()) {
            return;
        }
        act(() -> editions.retryFailed(id, editor.actor()), "newsletter.admin.retrying");
    }

    /** Called by the page's poll while a send is under way. */
    public void refreshProgress() {
        edition = editions.open(id, editor.actor());
        progress = edition.getState().hasSend() ? editions.progress(id) : null;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(null, doneKey);
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
        reload();
    }

    public List<FailedDelivery> getFailures() {
        return progress == null || progress.counts().failed() == 0 ? List.of() : editions.failures(id, editor.actor());
    }

    public String getTimeLeft() {
        if (progress == null) {
            return "";
        }
        return progress.timeLeft().map(EditionBacking::minutesAndSeconds).orElse("—");
    }

    private static String minutesAndSeconds(Duration duration) {
        return "%d:%02d".formatted(duration.toMinutes(), duration.toSecondsPart());
    }

    /** A draft can be changed until an editor approves it; a first approval of two freezes it for the second. */
    public boolean isEditable() {
        return edition != null && edition.getState() == EditionState.DRAFT && edition.getProposedBy() == null;
    }

    /** A first approval waits for a second editor. */
    public boolean isProposed() {
        return edition != null && edition.getState() == EditionState.DRAFT && edition.getProposedBy() != null;
    }

    public boolean isProposedByMe() {
        return isProposed() && edition.getProposedBy().equals(editor.actor().accountId());
    }

    /** Who gave the first approval, by name. */
    public String getProposerName() {
        return isProposed() ? accounts.displayName(edition.getProposedBy()).orElse("#" + edition.getProposedBy()) : "";
    }

    public EditionService.Recipients getRecipients() {
        return recipients;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Who the edition goes to, in the editor's language. */
    public String getAudienceName() {
        return audienceName;
    }

    public Edition getEdition() {
        return edition;
    }

    public Map<Language, String> getSubject() {
        return subject;
    }

    public Map<Language, String> getIntro() {
        return intro;
    }

    public List<EditionItem> getItems() {
        return items;
    }

    public Long getItemToAdd() {
        return itemToAdd;
    }

    public void setItemToAdd(Long itemToAdd) {
        this.itemToAdd = itemToAdd;
    }

    public String getTestAddresses() {
        return testAddresses;
    }

    public void setTestAddresses(String testAddresses) {
        this.testAddresses = testAddresses;
    }

    public Language getTestLanguage() {
        return testLanguage;
    }

    public void setTestLanguage(Language testLanguage) {
        this.testLanguage = testLanguage;
    }

    public LocalDateTime getSendAt() {
        return sendAt;
    }

    public void setSendAt(LocalDateTime sendAt) {
        this.sendAt = sendAt;
    }

    public SendProgress getProgress() {
        return progress;
    }

    public Language[] getLanguages() {
        return Language.values();
    }
}
