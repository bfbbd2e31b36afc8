package org.barta.accounts.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.barta.accounts.Actor;
import org.barta.accounts.IdentityConfirmation;
import org.barta.accounts.webauthn.Challenge;
import org.barta.accounts.webauthn.RelyingParty;
import org.barta.accounts.webauthn.SecurityKeyService;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;

/**
 * The security keys on {@code /admin/two-factor}: add one (the page's script asks the browser to make it, with options
 * from {@link SecurityKeyOptionsServlet} that need a recent proof of identity, then posts what the key answered) and
 * remove one, which like turning the app off asks for a current second factor every time: a code from the app, or a
 * touch of one of the keys. A stolen session could otherwise put its own key on the account, or take the owner's off.
 */
@Named
@ViewScoped
public class SecurityKeysBacking implements Serializable {

    static final String PAGE = "/admin/two-factor";
    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityKeyService keys;

    @Inject
    transient RelyingParty relyingParty;

    @Inject
    transient CurrentEditor editor;

    @Inject
    transient Reauthentication reauthentication;

    @Inject
    transient IdentityConfirmation identity;

    private String name;
    private String response;
    private String code;
    private List<SecurityKeyService.Row> rows;

    public boolean isAvailable() {
        return relyingParty.isAvailable();
    }

    public List<SecurityKeyService.Row> getKeys() {
        if (rows == null) {
            rows = keys.keys(editor.actor());
        }
        return rows;
    }

    /** Removing a key can be confirmed with a code only when the account has an authenticator app. */
    public boolean isAsksForCode() {
        return identity.asksForCode(editor.actor().accountId());
    }

    public void add() {
        if (!reauthentication.confirmed()) {
            return;
        }
        Actor actor = editor.actor();
        try {
            keys.register(actor, name, response, challenge(Challenge.Purpose.REGISTER, actor));
            FacesMessages.info(null, "securitykey.added", name.strip());
            name = null;
        } catch (BusinessException refusal) {
            FacesMessages.error(null, refusal);
        }
        response = null;
        rows = null;
    }

    /** Removes a key once a current second factor came with the request: a key's signature, or else a typed code. */
    public void remove(long keyId) {
        Actor actor = editor.actor();
        IdentityConfirmation.Outcome outcome = response != null && !response.isBlank()
                ? identity.confirmWithKey(actor, response, challenge(Challenge.Purpose.CONFIRM, actor))
                : identity.confirm(actor, code);
        switch (outcome) {
            case THROTTLED -> FacesMessages.error(null, "login.throttled");
            case REFUSED -> FacesMessages.error(null, "securitykey.removeRefused");
            case CONFIRMED -> {
                reauthentication.provenNow();
                try {
                    keys.remove(actor, keyId);
                    FacesMessages.info(null, "securitykey.removed");
                } catch (BusinessException refusal) {
                    FacesMessages.error(null, refusal);
                }
            }
        }
        response = null;
        code = null;
        rows = null;
    }

    private static Optional<Challenge> challenge(Challenge.Purpose purpose, Actor actor) {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return SessionChallenges.of(session).take(purpose, actor.accountId(), Instant.now());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
