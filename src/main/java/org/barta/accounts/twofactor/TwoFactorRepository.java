package org.barta.accounts.twofactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores enrolments and recovery codes. Using a step or a code is one conditional UPDATE, so two requests racing
 * with the same code (on one instance or two) cannot both win.
 */
@ApplicationScoped
public class TwoFactorRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    Optional<TotpEnrolment> enrolment(long accountId) {
        return Optional.ofNullable(em.find(TotpEnrolment.class, accountId));
    }

    void add(TotpEnrolment enrolment) {
        em.persist(enrolment);
    }

    void add(RecoveryCode code) {
        em.persist(code);
    }

    /** True if {@code step} was newer than the last used one and is now recorded as used. */
    boolean useStep(long accountId, long step) {
        return em.createQuery("""
                        update TotpEnrolment e set e.lastUsedStep = :step
                        where e.accountId = :account and e.lastUsedStep < :step""")
                .setParameter("step", step)
                .setParameter("account", accountId)
                .executeUpdate() == 1;
    }

    /** True if an unused code with this hash existed and is now used. */
    boolean useRecoveryCode(long accountId, String codeHash, Instant now) {
        return em.createQuery("""
                        update RecoveryCode c set c.usedAt = :now
                        where c.accountId = :account and c.codeHash = :hash and c.usedAt is null""")
                .setParameter("now", now)
                .setParameter("account", accountId)
                .setParameter("hash", codeHash)
                .executeUpdate() == 1;
    }

    long unusedRecoveryCodes(long accountId) {
        return em.createQuery(
                        "select count(c) from RecoveryCode c where c.accountId = :account and c.usedAt is null",
                        Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
    }

    void removeRecoveryCodes(long accountId) {
        em.createQuery("delete from RecoveryCode c where c.accountId = :account")
                .setParameter("account", accountId).executeUpdate();
    }

    void remove(long accountId) {
        removeRecoveryCodes(accountId);
        em.createQuery("delete from TotpEnrolment e where e.accountId = :account")
                .setParameter("account", accountId).executeUpdate();
    }
}
