package org.barta.accounts.webauthn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Stores security keys. Recording a use is one conditional UPDATE that also checks the counter rule
 * ({@link SignatureCounter}), so two instances accepting the same signature at once cannot both win.
 */
@ApplicationScoped
public class SecurityKeyRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    List<SecurityKey> ofAccount(long accountId) {
        return em.createQuery("select k from SecurityKey k where k.accountId = :account order by k.createdAt, k.id",
                        SecurityKey.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    boolean any(long accountId) {
        return !em.createQuery("select k.id from SecurityKey k where k.accountId = :account", Long.class)
                .setParameter("account", accountId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The key this account registered under that credential id; another account's key is no key of its. */
    Optional<SecurityKey> find(long accountId, byte[] credentialId) {
        return ofAccount(accountId).stream().filter(k -> Arrays.equals(k.credentialId(), credentialId)).findFirst();
    }

    boolean credentialExists(byte[] credentialId) {
        return !em.createQuery("select k.id from SecurityKey k where k.credentialId = :credential", Long.class)
                .setParameter("credential", credentialId).setMaxResults(1).getResultList().isEmpty();
    }

    void add(SecurityKey key) {
        em.persist(key);
    }

    /** True if the counter moved as {@link SignatureCounter#accepts} allows and the use is now recorded. */
    boolean recordUse(long keyId, long presentedCount, Instant now) {
        String counterRule = presentedCount == 0 ? "k.signCount = 0" : "k.signCount < :count";
        return em.createQuery("update SecurityKey k set k.signCount = :count, k.lastUsedAt = :now "
                        + "where k.id = :id and " + counterRule)
                .setParameter("count", presentedCount)
                .setParameter("now", now)
                .setParameter("id", keyId)
                .executeUpdate() == 1;
    }

    boolean remove(long accountId, long keyId) {
        return em.createQuery("delete from SecurityKey k where k.id = :id and k.accountId = :account")
                .setParameter("id", keyId).setParameter("account", accountId).executeUpdate() == 1;
    }

    void removeAll(long accountId) {
        em.createQuery("delete from SecurityKey k where k.accountId = :account")
                .setParameter("account", accountId).executeUpdate();
    }
}
