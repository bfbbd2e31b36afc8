package org.barta.platform.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Named signals between the Barta instances of a cluster, carried by the Hazelcast member Payara Micro runs when it
 * is started with cluster members ({@code BARTA_CLUSTER_MEMBERS}, see {@code bin/barta}). Started without one (the
 * default, {@code --nohazelcast}) this instance is alone: sending does nothing and nothing arrives.
 * <p>
 * A signal from another instance arrives as a {@link ClusterSignal} CDI event, a change of members as
 * {@link ClusterMembersChanged}, both on a Hazelcast thread. Signals carry a name only: Payara's Hazelcast
 * deserializes with a class loader that does not see the application's classes.
 */
@ApplicationScoped
public class ClusterSignals {

    /** Where Payara binds its Hazelcast member. */
    static final String HAZELCAST_JNDI_NAME = "payara/Hazelcast";
    static final String TOPIC = "barta-signals";

    private static final Logger LOG = Logger.getLogger(ClusterSignals.class.getName());

    @Inject
    Event<ClusterSignal> signals;

    @Inject
    Event<ClusterMembersChanged> membersChanged;

    private volatile HazelcastInstance member;
    private ITopic<String> topic;
    private UUID signalListener;
    private UUID membershipListener;
    /** Hazelcast's threads carry the server's class loader; CDI resolves observers with the application's. */
    private ClassLoader application;

    void join(@Observes Startup startup) {
        application = Thread.currentThread().getContextClassLoader();
        member = runningMember();
        if (member == null) {
            LOG.info("No cluster: this instance runs alone");
            return;
        }
        topic = member.getTopic(TOPIC);
        signalListener = topic.addMessageListener(message -> {
            if (!message.getPublishingMember().localMember()) {
                deliver(() -> signals.fire(new ClusterSignal(message.getMessageObject())));
            }
        });
        membershipListener = member.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                deliver(() -> membersChanged.fire(new ClusterMembersChanged(event.getMembers().size())));
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                deliver(() -> membersChanged.fire(new ClusterMembersChanged(event.getMembers().size())));
            }
        });
        LOG.info(() -> "Cluster of " + members() + " Barta instance(s)");
    }

    /** Whether this instance runs in a cluster (even if it is, for now, the only member). */
    public boolean clustered() {
        return member != null;
    }

    /** Payara's Hazelcast member, or null when this instance runs alone. */
    public HazelcastInstance member() {
        return member;
    }

    /** Instances in the cluster this one sees, itself included. */
    public int members() {
        HazelcastInstance current = member;
        return current == null ? 1 : current.getCluster().getMembers().size();
    }

    /**
     * Sends the signal to every other instance. Never throws: the change it announces has happened here already.
     * A signal that cannot be sent is logged; instances that miss it forget their shared state when they see
     * the members change.
     */
    public void send(String name) {
        if (topic == null) {
            return;
        }
        try {
            topic.publish(name);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not tell the cluster: " + name, e);
        }
    }

    @PreDestroy
    void leave() {
        HazelcastInstance current = member;
        member = null;
        if (current == null || !current.getLifecycleService().isRunning()) {
            return;
        }
        topic.removeMessageListener(signalListener);
        current.getCluster().removeMembershipListener(membershipListener);
    }

    private void deliver(Runnable fire) {
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        thread.setContextClassLoader(application);
        try {
            fire.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A cluster signal's observer failed", e);
        } finally {
            thread.setContextClassLoader(own);
        }
    }

    /** Payara's Hazelcast member, or null when Payara runs without one. */
    private static HazelcastInstance runningMember() {
        try {
            Object found = new InitialContext().lookup(HAZELCAST_JNDI_NAME);
            return found instanceof HazelcastInstance hazelcast && hazelcast.getLifecycleService().isRunning()
                    ? hazelcast : null;
        } catch (NamingException notBound) {
            return null;
        }
    }
}
