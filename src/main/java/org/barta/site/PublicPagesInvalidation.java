package org.barta.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.barta.content.PublicContentChanged;
import org.barta.platform.cluster.ClusterMembersChanged;
import org.barta.platform.cluster.ClusterSignal;
import org.barta.platform.cluster.ClusterSignals;
import org.barta.publicweb.PublicPagesChanged;

/**
 * Decides when this instance's copies of public pages are stale and says so with {@link PublicPagesStale}: after a
 * change the public can see commits here (and then tells the other instances), when another instance says it
 * committed one, and when the cluster's members change (an instance cut off may have missed a signal). So a
 * retraction on one instance empties the caches of all of them.
 */
@ApplicationScoped
public class PublicPagesInvalidation {

    static final String SIGNAL = "public-pages-changed";

    @Inject
    ClusterSignals cluster;

    @Inject
    Event<PublicPagesStale> stale;

    void onContentChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        changedHere("item " + change.itemId());
    }

    void onPagesChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicPagesChanged change) {
        changedHere(change.cause());
    }

    void onSignal(@Observes ClusterSignal signal) {
        if (SIGNAL.equals(signal.name())) {
            stale.fire(new PublicPagesStale("changed on another instance"));
        }
    }

    void onMembersChange(@Observes ClusterMembersChanged change) {
        stale.fire(new PublicPagesStale("the cluster now has " + change.members() + " instance(s)"));
    }

    private void changedHere(String cause) {
        stale.fire(new PublicPagesStale(cause));
        cluster.send(SIGNAL);
    }
}
