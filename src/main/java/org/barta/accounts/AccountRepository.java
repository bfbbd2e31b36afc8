package org.barta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    public boolean anyWithRole(Role role) {
        return !em.createQuery("select a.id from Account a where a.role = :role and a.enabled = true", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public Optional<Account> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Account.class, id));
    }

    public java.util.List<Account> all() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    public void add(Account account) {
        em.persist(account);
    }
}
