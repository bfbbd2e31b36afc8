package org.barta.newsletter.bounce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.newsletter.Subscriber;
import org.barta.newsletter.SubscriberRepository;
import org.barta.platform.BusinessException;

/**
 * What editors do with held bounces and complaints (those without a VERP address that verifies): list them,
 * apply one (suppress the address as the report says) or dismiss it. Authors may not; both decisions are audited.
 */
@ApplicationScoped
public class HeldBounceService {

    static final String APPLIED = "APPLIED";
    static final String DISMISSED = "DISMISSED";

    @Inject
    HeldBounceRepository held;

    @Inject
    BounceService bounces;

    @Inject
    SubscriberRepository subscribers;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HeldBounce> undecided(Actor actor) {
        requireEditorial(actor);
        return held.undecided();
    }

    @Transactional
    public void apply(long id, Actor actor) {
        requireEditorial(actor);
        HeldBounce report = undecided(id);
        Subscriber subscriber = subscribers.find(report.subscriberId())
                .orElseThrow(() -> new BusinessException("bounces.held.gone"));
        bounces.applyHeld(subscriber, report);
        held.decide(id, APPLIED);
        audit.record(actor, "bounce.apply", "subscriber", report.subscriberId(), describe(report)
                + "; now " + subscriber.getStatus().name());
    }

    @Transactional
    public void dismiss(long id, Actor actor) {
        requireEditorial(actor);
        HeldBounce report = undecided(id);
        held.decide(id, DISMISSED);
        audit.record(actor, "bounce.dismiss", "subscriber", report.subscriberId(), describe(report));
    }

    private HeldBounce undecided(long id) {
        return held.undecidedForUpdate(id).orElseThrow(() -> new BusinessException("bounces.held.gone"));
    }

    private static String describe(HeldBounce report) {
        return report.kind().name() + " " + (report.statusCode() == null ? "-" : report.statusCode()) + ", held "
                + report.reason().name() + ", report " + report.reportKey();
    }

    private static void requireEditorial(Actor actor) {
        if (actor == null || !actor.isEditorial()) {
            throw new BusinessException("bounces.held.forbidden");
        }
    }
}
