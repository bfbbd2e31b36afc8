package org.barta.newsletter.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.barta.newsletter.edition.EditionRepository;
import org.barta.newsletter.edition.EditionState;

/** The edition-level state changes a send makes on its own: which editions are sending, and finishing them. */
@ApplicationScoped
public class SendStates {

    @Inject
    EditionRepository editions;

    @Inject
    DeliveryLedger ledger;

    @Inject
    Event<EditionSent> sent;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> sendingEditions() {
        return editions.sending();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSending(long editionId) {
        return editions.sending().contains(editionId);
    }

    /** Marks the edition SENT once nothing is queued or in flight; only one caller wins. */
    @Transactional
    public boolean finishIfSettled(long editionId) {
        if (ledger.isSettled(editionId) && editions.transition(editionId, EditionState.SENDING, EditionState.SENT)) {
            sent.fire(new EditionSent(editionId));
            return true;
        }
        return false;
    }
}
