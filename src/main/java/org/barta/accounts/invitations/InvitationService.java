package org.barta.accounts.invitations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.barta.accounts.Account;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.accounts.OneTimeToken;
import org.barta.accounts.PasswordRules;
import org.barta.accounts.Role;
import org.barta.platform.BusinessException;
import org.barta.platform.mail.AutomaticMail;
import org.barta.platform.web.FacesMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts are made by invitation, so that nobody but its owner ever knows a password: an administrator names the
 * person, their address and role; the person gets a one-time link (valid {@link #VALIDITY}, used once) to
 * {@code /invitation}, chooses a password there, and only then does the account exist. Administrators see pending
 * invitations and send them again (a new link, the old one dead) or revoke them. Every step is audited:
 * {@code account.invite}, {@code .resend}, {@code .revoke}, {@code .accept}.
 */
@ApplicationScoped
public class InvitationService {

    static final Duration VALIDITY = Duration.ofHours(72);

    @Inject
    InvitationRepository invitations;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    AutomaticMail mail;

    @Inject
    @ConfigProperty(name = "barta.base-url", defaultValue = "http://127.0.0.1:8080")
    String baseUrl;

    /** Invites a person and mails them the link; nothing is kept when the mail cannot be sent. */
    @Transactional
    public Invitation invite(String username, String displayName, String email, Role role, Actor actor) {
        requireAdministrator(actor);
        String name = accounts.availableUsername(username);
        if (!pendingFor(name).isEmpty()) {
            throw new BusinessException("invitation.username.pending");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            throw new BusinessException("invitation.displayName.invalid");
        }
        if (role == null) {
            throw new BusinessException("account.role.missing");
        }
        Invitation invitation = new Invitation(name, displayName.strip(), checkedAddress(email), role,
                actor.accountId());
        OneTimeToken.Issued token = OneTimeToken.issue();
        invitation.newToken(token.hash(), Instant.now());
        invitations.add(invitation);
        audit.record(actor, "account.invite", "invitation", invitation.getId(),
                name + " as " + role + ", " + invitation.getEmail());
        mailLink(invitation, token);
        return invitation;
    }

    /** A new link for a pending or expired invitation: the one mailed before stops working. */
    @Transactional
    public void resend(long invitationId, Actor actor) {
        requireAdministrator(actor);
        Invitation invitation = open(invitationId);
        OneTimeToken.Issued token = OneTimeToken.issue();
        invitation.newToken(token.hash(), Instant.now());
        audit.record(actor, "account.invite.resend", "invitation", invitationId, invitation.getUsername());
        mailLink(invitation, token);
    }

    @Transactional
    public void revoke(long invitationId, Actor actor) {
        requireAdministrator(actor);
        open(invitationId).revoked(Instant.now());
        audit.record(actor, "account.invite.revoke", "invitation", invitationId, null);
    }

    /**
     * Part of an emergency lock-down: the invitations the locked-down account sent and nobody accepted yet stop
     * working, so whoever holds that account's session or mailbox cannot have let someone in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAllFrom(long accountId, Actor actor) {
        List<Invitation> open = invitations.openFrom(accountId);
        Instant now = Instant.now();
        for (Invitation invitation : open) {
            invitation.revoked(now);
            audit.record(actor, "account.invite.revoke", "invitation", invitation.getId(), "lock-down");
        }
    }

    /** Invitations neither accepted nor revoked, expired ones included (they can be sent again), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invitation> open(Actor reader) {
        requireAdministrator(reader);
        return invitations.open();
    }

    /** The invitation a link names, whatever its state; empty for a link that names none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Invitation> byToken(String token) {
        return invitations.byTokenHash(OneTimeToken.hash(token), LockModeType.NONE);
    }

    /**
     * The invited person chooses their password: the account is made, and the link is used up. The row is locked
     * first, so two submissions of one link cannot make two accounts.
     */
    @Transactional
    public Account accept(String token, char[] password, char[] again, String clientAddress) {
        Invitation invitation = invitations.byTokenHash(OneTimeToken.hash(token), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new BusinessException("invitation.unknown"));
        Instant now = Instant.now();
        Invitation.State state = invitation.state(now);
        if (state != Invitation.State.PENDING) {
            throw new BusinessException("invitation." + state.name().toLowerCase(Locale.ROOT));
        }
        PasswordRules.check(password, again);
        Account account = accounts.createInvited(invitation.getUsername(), invitation.getDisplayName(),
                invitation.getEmail(), password, invitation.getRole());
        invitation.used(account.getId(), now);
        audit.record(new Actor(account.getId(), account.getUsername(), account.getRole(), clientAddress),
                "account.invite.accept", "account", account.getId(), "invitation " + invitation.getId());
        return account;
    }

    private Invitation open(long invitationId) {
        Invitation invitation = invitations.find(invitationId)
                .orElseThrow(() -> new BusinessException("invitation.notFound"));
        Invitation.State state = invitation.state(Instant.now());
        if (state == Invitation.State.USED || state == Invitation.State.REVOKED) {
            throw new BusinessException("invitation." + state.name().toLowerCase(Locale.ROOT));
        }
        return invitation;
    }

    private List<Invitation> pendingFor(String username) {
        return invitations.pendingFor(username, Instant.now());
    }

    private static String checkedAddress(String email) {
        String address = email == null ? "" : email.strip();
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (address.length() > 254 || parsed.getPersonal() != null || !address.equals(parsed.getAddress())
                    || !address.contains("@")) {
                throw new BusinessException("invitation.email.invalid");
            }
        } catch (AddressException e) {
            throw new BusinessException("invitation.email.invalid");
        }
        return address;
    }

    /**
     * In both languages, since the person's is not known yet. A relay that refuses the mail undoes the invitation,
     * so the administrator is never shown an invitation nobody received.
     */
    private void mailLink(Invitation invitation, OneTimeToken.Issued token) {
        String link = baseUrl.replaceAll("/+$", "") + "/invitation?token=" + token.value();
        StringBuilder body = new StringBuilder();
        for (String language : List.of("en", "bn")) {
            ResourceBundle msg = ResourceBundle.getBundle(FacesMessages.BUNDLE, Locale.forLanguageTag(language));
            if (!body.isEmpty()) {
                body.append("\n\n----\n\n");
            }
            body.append(MessageFormat.format(msg.getString("invitation.mail.body"), invitation.getDisplayName(),
                    invitation.getUsername(), msg.getString("role." + invitation.getRole()), link,
                    VALIDITY.toHours()));
        }
        String subject = ResourceBundle.getBundle(FacesMessages.BUNDLE, Locale.ENGLISH)
                .getString("invitation.mail.subject") + " / "
                + ResourceBundle.getBundle(FacesMessages.BUNDLE, Locale.forLanguageTag("bn"))
                .getString("invitation.mail.subject");
        try {
            mail.send(invitation.getEmail(), subject, body.toString());
        } catch (MessagingException e) {
            throw new BusinessException("invitation.mailFailed");
        }
    }

    private static void requireAdministrator(Actor actor) {
        if (actor == null || actor.role() != Role.ADMIN) {
            throw new BusinessException("account.forbidden");
        }
    }
}
