package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Stores and finds accounts. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The enabled account with this e-mail address, compared without case; empty if none or several. */
    public Optional<Account> findByEmail(String email) {
        List<Account> found = em.createQuery("select a from Account a where lower(a.email) = :email"
                + " and a.enabled = true", Account.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .setMaxResults(2)
                .getResultList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public boolean anyWithRole(Role role) {
        return !em.createQuery("select a.id from Account a where a.role = :role and a.enabled = true", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Enabled administrators, read under a lock so that two demotions at once cannot leave none. */
    public long enabledAdministratorsLocked() {
        return em.createNativeQuery("select id from account where role = 'ADMIN' and enabled = true for update")
                .getResultList().size();
    }

    /** Enabled accounts a forgotten-password request names, by username or by e-mail address. */
    public List<Account> enabledByUsernameOrEmail(String typed) {
        return em.createQuery("select a from Account a where a.enabled = true and a.email is not null "
                        + "and (a.username = :typed or a.email = :typed)", Account.class)
                .setParameter("typed", typed)
                .getResultList();
    }

    public Optional<Account> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Account.class, id));
    }

    /** One primary-key read that bypasses the entity cache, which another instance's change would not reach. */
    public java.util.OptionalInt currentSessionGeneration(long accountId) {
        List<?> rows = em.createNativeQuery(
                        "select session_generation from account where id = ? and enabled = true")
                .setParameter(1, accountId)
                .getResultList();
        return rows.isEmpty() ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(((Number) rows.get(0)).intValue());
    }

    public java.util.List<Account> all() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    /** Stored at once: the new account's id is what the audit log and an accepted invitation refer to. */
    public void add(Account account) {
        em.persist(account);
        em.flush();
    }

    /**
     * The account a typed name resolves to under the database collation ("ÁDMIN" is "admin"), with its sign-in
     * backoff. The backoff columns are not mapped on {@link Account}, so saving an account never overwrites them.
     */
    public Optional<SignInRecord> findSignInRecord(String username) {
        List<?> rows = em.createNativeQuery("select id, enabled, failed_sign_ins, "
                        + "unix_timestamp(last_failed_sign_in_at) from account where username = ?")
                .setParameter(1, username)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Instant last = row[3] == null ? null
                : Instant.ofEpochMilli(new BigDecimal(row[3].toString()).movePointRight(3).longValue());
        return Optional.of(new SignInRecord(((Number) row[0]).longValue(), asBoolean(row[1]),
                new SignInBackoff(((Number) row[2]).intValue(), last)));
    }

    /**
     * Stores the account's new backoff if nobody changed it since {@code expectedFailures} was read; false when an
     * attempt running in parallel got there first.
     */
    public boolean replaceSignInBackoff(long accountId, int expectedFailures, SignInBackoff next) {
        return em.createNativeQuery("update account set failed_sign_ins = ?, "
                        + "last_failed_sign_in_at = from_unixtime(? / 1000) where id = ? and failed_sign_ins = ?")
                .setParameter(1, next.failures())
                .setParameter(2, next.lastAttempt().toEpochMilli())
                .setParameter(3, accountId)
                .setParameter(4, expectedFailures)
                .executeUpdate() == 1;
    }

    /** A successful sign-in ends the run. */
    public void clearSignInBackoff(long accountId) {
        em.createNativeQuery("update account set failed_sign_ins = 0, last_failed_sign_in_at = null where id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    private static boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
