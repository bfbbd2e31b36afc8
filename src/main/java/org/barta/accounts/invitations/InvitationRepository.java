package org.barta.accounts.invitations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The rows of {@code invitation}; {@link InvitationService} decides who may see and change them. */
@ApplicationScoped
public class InvitationRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    /** Stored at once, so that its id can be audited. */
    void add(Invitation invitation) {
        em.persist(invitation);
        em.flush();
    }

    Optional<Invitation> find(long id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    Optional<Invitation> byTokenHash(String hash, LockModeType lock) {
        return em.createQuery("select i from Invitation i where i.tokenHash = :hash", Invitation.class)
                .setParameter("hash", hash)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    /** Neither accepted nor revoked, expired ones included, oldest first; of one inviter or of everyone. */
    List<Invitation> open() {
        return em.createQuery("select i from Invitation i where i.usedAt is null and i.revokedAt is null "
                + "order by i.createdAt, i.id", Invitation.class).getResultList();
    }

    List<Invitation> openFrom(long inviterAccountId) {
        return em.createQuery("select i from Invitation i where i.invitedBy = :account "
                        + "and i.usedAt is null and i.revokedAt is null", Invitation.class)
                .setParameter("account", inviterAccountId)
                .getResultList();
    }

    /** Still usable at {@code now}: neither used, revoked nor expired. */
    List<Invitation> pendingFor(String username, Instant now) {
        return em.createQuery("select i from Invitation i where i.username = :username and i.usedAt is null "
                        + "and i.revokedAt is null and i.expiresAt > :now", Invitation.class)
                .setParameter("username", username)
                .setParameter("now", now)
                .getResultList();
    }
}
