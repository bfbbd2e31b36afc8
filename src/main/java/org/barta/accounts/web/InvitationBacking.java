package org.barta.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.barta.accounts.invitations.Invitation;
import org.barta.accounts.invitations.InvitationService;
import org.barta.platform.BusinessException;
import org.barta.platform.web.ClientAddress;
import org.barta.platform.web.FacesMessages;

/**
 * {@code /invitation?token=…}: the invited person chooses their password and so makes their account. A stateless
 * page, like sign-in: nobody gets a session before the account exists. The token travels in the link and then in
 * the form, never in a session. A link that is used, expired, revoked or names nothing gets a page that says so.
 */
@Named
@RequestScoped
public class InvitationBacking {

    @Inject
    InvitationService invitations;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    private final ChosenPassword chosen = new ChosenPassword();
    private Optional<Invitation> invitation;

    public String getToken() {
        return request.getParameter("token");
    }

    private Optional<Invitation> invitation() {
        if (invitation == null) {
            invitation = invitations.byToken(getToken());
        }
        return invitation;
    }

    /** {@code pending}, {@code used}, {@code expired}, {@code revoked} or {@code unknown}: what the page shows. */
    public String getState() {
        return invitation().map(i -> i.state(Instant.now()).name().toLowerCase(java.util.Locale.ROOT))
                .orElse("unknown");
    }

    public String getUsername() {
        return invitation().map(Invitation::getUsername).orElse("");
    }

    public String getDisplayName() {
        return invitation().map(Invitation::getDisplayName).orElse("");
    }

    public void accept() throws IOException {
        try {
            chosen.use((password, again) -> invitations.accept(getToken(), password, again, clientAddress.of(request)));
        } catch (BusinessException refusal) {
            invitation = null;
            FacesMessages.error(null, refusal);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesMessages.info(null, "invitation.accepted");
        external.redirect(external.getRequestContextPath() + "/login");
    }

    public ChosenPassword getChosen() {
        return chosen;
    }
}
