package org.barta.newsletter.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.barta.publicweb.PublicPagesChanged;

/** The edition-level state changes a send makes on its own: which editions are sending, and finishing them. */
@ApplicationScoped
public class SendStates {

    @Inject
    SendableEditions editions;

    @Inject
    DeliveryLedger ledger;

    @Inject
    Event<PublicPagesChanged> publicPages;

    /**
     * In a transaction of its own: outside one, Payara hands every managed thread of the dispatcher the same
     * non-transactional entity manager, and threads reading through it at once broke it for good.
     */
    @Transactional
    public List<Long> sendingEditions() {
        return editions.sending();
    }

    /** Marks the edition SENT once nothing is queued or in flight; only one caller wins. */
    @Transactional
    public boolean finishIfSettled(long editionId) {
        if (ledger.isSettled(editionId) && editions.markSent(editionId)) {
            // A sent edition enters the public newsletter archive.
            publicPages.fire(new PublicPagesChanged("edition " + editionId + " sent"));
            return true;
        }
        return false;
    }
}
