package org.barta.accounts.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.sessions.AccountSessions;
import org.barta.accounts.sessions.SessionRow;
import org.barta.platform.BusinessException;
import org.barta.platform.web.NotFound;
import org.barta.platform.web.FacesMessages;

/**
 * {@code /admin/sessions}: the signed-in person's active sessions (device, address, signed in, last seen); they end
 * any other one, or all others, without a new proof of identity: ending sessions only protects, and whoever lost
 * the phone holding their authenticator app must still be able to do it. {@code /admin/sessions?account=…}: an
 * administrator's view of anyone's sessions, where ending one (or all) is a change to an account and needs a recent
 * proof ({@link Reauthentication}). Anyone else asking for another account's sessions gets 404.
 */
@Named
@ViewScoped
public class SessionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountSessions sessions;

    @Inject
    transient AccountService accounts;

    @Inject
    transient CurrentEditor editor;

    @Inject
    transient Reauthentication reauthentication;

    private Long account;
    private long shownId;
    private String shownName;
    private boolean own;
    private List<SessionRow> rows = List.of();

    public void open() {
        Actor actor = editor.actor();
        shownId = account == null ? actor.accountId() : account;
        own = actor.owns(shownId);
        try {
            Account shown = sessions.owner(shownId, actor);
            shownName = shown.getDisplayName() + " (" + shown.getUsername() + ")";
            reload();
        } catch (BusinessException refusal) {
            NotFound.send();
        }
    }

    private void reload() {
        HttpSession session = currentSession();
        rows = sessions.of(shownId, editor.actor(), currentKey(),
                Instant.now(), Duration.ofSeconds(session.getMaxInactiveInterval()));
    }

    /** Ends one session: it is signed out at its next request, on whichever server it runs. */
    public void end(SessionRow row) {
        if (row.isCurrent() || !own && !reauthentication.confirmed()) {
            return;
        }
        try {
            if (sessions.end(shownId, row, editor.actor())) {
                FacesMessages.info(null, "sessions.ended");
            }
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
        reload();
    }

    /** One's own sessions on other devices end; this one goes on. */
    public void endOthers() {
        if (!own) {
            return;
        }
        FacesMessages.info(null, "sessions.othersEnded", sessions.endOthers(editor.actor(), currentKey()));
        reload();
    }

    /** An administrator ends every session of the account shown, as "End sessions" on the accounts page does. */
    public void endAll() {
        if (own || !reauthentication.confirmed()) {
            return;
        }
        try {
            accounts.endSessions(shownId, editor.actor());
            FacesMessages.info(null, "accounts.sessionsEnded");
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
        reload();
    }

    private static HttpSession currentSession() {
        return (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    }

    private static String currentKey() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return SignedInSession.of(request).map(SignedInSession::key).orElse(null);
    }

    public List<SessionRow> getRows() {
        return rows;
    }

    public boolean isOwn() {
        return own;
    }

    public String getShownName() {
        return shownName;
    }

    public boolean isOthers() {
        return rows.stream().anyMatch(r -> !r.isCurrent());
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }
}
