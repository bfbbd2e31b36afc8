package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores and finds subscribers. */
@ApplicationScoped
public class SubscriberRepository {

    @PersistenceContext(unitName = "barta")
    EntityManager em;

    public Optional<Subscriber> byEmail(String email) {
        return em.createQuery("select s from Subscriber s where s.email = :email", Subscriber.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    public Optional<Subscriber> find(long id) {
        return Optional.ofNullable(em.find(Subscriber.class, id));
    }

    public void add(Subscriber subscriber) {
        em.persist(subscriber);
        em.flush();
    }

    public void remove(Subscriber subscriber) {
        em.remove(subscriber);
    }
}
