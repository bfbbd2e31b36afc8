package org.barta.accounts.passwords;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The rows of {@code password_reset}: links stored by the hash of their token. */
@ApplicationScoped
public class PasswordResetRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    void add(PasswordReset reset) {
        em.persist(reset);
    }

    Optional<PasswordReset> byTokenHash(String hash, LockModeType lock) {
        return em.createQuery("select r from PasswordReset r where r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", hash)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    int deleteAll(long accountId) {
        return em.createQuery("delete from PasswordReset r where r.accountId = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }
}
