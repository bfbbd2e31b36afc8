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

    /** Sign-ups whose confirmation mail has not gone out yet (the relay was down), oldest first. */
    public java.util.List<Subscriber> awaitingConfirmationMail(java.time.Instant consentedAfter, int max) {
        return em.createQuery("""
                        select s from Subscriber s
                        where s.status = org.barta.newsletter.SubscriberStatus.PENDING
                          and s.confirmationSentAt is null and s.consentAt > :after
                        order by s.consentAt""", Subscriber.class)
                .setParameter("after", consentedAfter).setMaxResults(max).getResultList();
    }

    public void add(Subscriber subscriber) {
        em.persist(subscriber);
        em.flush();
    }

    public void remove(Subscriber subscriber) {
        em.remove(subscriber);
    }
}
