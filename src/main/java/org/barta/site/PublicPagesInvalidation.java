package org.barta.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.barta.content.ContentKind;
import org.barta.content.PublicContentChanged;
import org.barta.platform.cluster.ClusterMembersChanged;
import org.barta.platform.cluster.ClusterSignal;
import org.barta.platform.cluster.ClusterSignals;
import org.barta.publicweb.PublicPagesChanged;

/**
 * Decides when this instance's copies of public pages are stale and says so with {@link PublicPagesStale}: after a
 * change the public can see commits here (and then tells the other instances), when another instance says it
 * committed one, and when the cluster's members change (an instance cut off may have missed a signal). So a
 * retraction on one instance reaches the caches of all of them. A change of one item travels as that item (its
 * id, kind and tags), so every instance drops only the pages it can touch.
 */
@ApplicationScoped
public class PublicPagesInvalidation {

    static final String SIGNAL = "public-pages-changed";
    static final String ITEM_SIGNAL = "public-item-changed:";

    @Inject
    ClusterSignals cluster;

    @Inject
    Event<PublicPagesStale> stale;

    void onContentChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        stale.fire(PublicPagesStale.item(change));
        cluster.send(signalOf(change));
    }

    void onPagesChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicPagesChanged change) {
        stale.fire(PublicPagesStale.everything(change.cause()));
        cluster.send(SIGNAL);
    }

    void onSignal(@Observes ClusterSignal signal) {
        if (SIGNAL.equals(signal.name())) {
            stale.fire(PublicPagesStale.everything("changed on another instance"));
        } else if (signal.name().startsWith(ITEM_SIGNAL)) {
            stale.fire(itemOf(signal.name()).map(PublicPagesStale::item)
                    .orElseGet(() -> PublicPagesStale.everything("an unreadable change on another instance")));
        }
    }

    void onMembersChange(@Observes ClusterMembersChanged change) {
        stale.fire(PublicPagesStale.everything("the cluster now has " + change.members() + " instance(s)"));
    }

    /** {@code public-item-changed:<id>:<kind>:<tag>,<tag>}: signals carry a string only. */
    static String signalOf(PublicContentChanged change) {
        return ITEM_SIGNAL + change.itemId() + ":" + change.kind().name() + ":"
                + change.tagIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Optional<PublicContentChanged> itemOf(String signal) {
        String[] parts = signal.substring(ITEM_SIGNAL.length()).split(":", -1);
        try {
            if (parts.length != 3) {
                return Optional.empty();
            }
            Set<Long> tags = parts[2].isEmpty() ? Set.of()
                    : Arrays.stream(parts[2].split(",")).map(Long::valueOf).collect(Collectors.toSet());
            return Optional.of(new PublicContentChanged(Long.parseLong(parts[0]), ContentKind.valueOf(parts[1]), tags));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
