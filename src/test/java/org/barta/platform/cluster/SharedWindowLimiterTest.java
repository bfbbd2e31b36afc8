package org.barta.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barta.testing.Scratch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared limit on two real Hazelcast members of the version Payara Micro runs, on loopback only (a fixed
 * member list, phone-home off), as two instances would count it.
 */
class SharedWindowLimiterTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    private HazelcastInstance first;
    private HazelcastInstance second;

    /** Hazelcast's start-up, connection and forced-shutdown lines, a screen per test otherwise. */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    @BeforeAll
    static void quietHazelcast() {
        HAZELCAST_LOG.setLevel(Level.SEVERE);
    }

    @BeforeEach
    void twoMembers() throws IOException {
        String cluster = "limits-" + UUID.randomUUID();
        int firstPort = Scratch.freeLoopbackPort();
        int secondPort = Scratch.freeLoopbackPort();
        String members = "127.0.0.1:" + firstPort + ",127.0.0.1:" + secondPort;
        first = Hazelcast.newHazelcastInstance(member(cluster, firstPort, members));
        second = Hazelcast.newHazelcastInstance(member(cluster, secondPort, members));
        assertThat(second.getCluster().getMembers()).as("the second member joined the first").hasSize(2);
    }

    @AfterEach
    void stop() {
        for (HazelcastInstance member : new HazelcastInstance[] {first, second}) {
            if (member != null && member.getLifecycleService().isRunning()) {
                member.getLifecycleService().terminate();
            }
        }
    }

    @Test
    void attemptsOnEitherInstanceCountAgainstOneLimit() {
        SharedWindowLimiter onFirst = limiter(first, "sign-in-failures", 5);
        SharedWindowLimiter onSecond = limiter(second, "sign-in-failures", 5);
        for (int i = 0; i < 3; i++) {
            assertThat(onFirst.tryAcquire("198.51.100.7", START.plusSeconds(i))).isTrue();
        }
        assertThat(onSecond.tryAcquire("198.51.100.7", START.plusSeconds(10))).isTrue();
        assertThat(onSecond.isExhausted("198.51.100.7", START.plusSeconds(11))).isFalse();
        assertThat(onSecond.tryAcquire("198.51.100.7", START.plusSeconds(12))).isTrue();
        assertThat(onFirst.isExhausted("198.51.100.7", START.plusSeconds(13))).as("5 of 5 used").isTrue();
        assertThat(onFirst.tryAcquire("198.51.100.7", START.plusSeconds(14))).isFalse();
        assertThat(onSecond.tryAcquire("198.51.100.7", START.plusSeconds(15))).isFalse();
        assertThat(onSecond.tryAcquire("198.51.100.8", START.plusSeconds(16))).as("another address").isTrue();
    }

    @Test
    void refusedAndCheckedAttemptsAreNotCounted() {
        SharedWindowLimiter limit = limiter(first, "searches", 2);
        assertThat(limit.isExhausted("a", START)).isFalse();
        assertThat(limit.tryAcquire("a", START)).isTrue();
        assertThat(limit.tryAcquire("a", START)).isTrue();
        for (int i = 0; i < 10; i++) {
            assertThat(limit.tryAcquire("a", START.plusSeconds(i))).isFalse();
        }
        // The two counted ones leave the window; the refused ones never were in it.
        assertThat(limit.tryAcquire("a", START.plus(WINDOW).plus(WINDOW.dividedBy(5)))).isTrue();
    }

    @Test
    void theWindowNeverCountsLessThanItsLength() {
        SharedWindowLimiter limit = limiter(first, "sign-ups", 1);
        assertThat(limit.tryAcquire("a", START)).isTrue();
        assertThat(limit.tryAcquire("a", START.plus(WINDOW).minusMillis(1))).as("still within the window").isFalse();
        Instant bucketLater = START.plus(WINDOW).plus(WINDOW.dividedBy(SharedWindowLimiter.BUCKETS));
        assertThat(limit.tryAcquire("a", bucketLater)).as("at most a tenth of the window later").isTrue();
    }

    @Test
    void theCountOutlivesTheInstanceThatHeldIt() {
        SharedWindowLimiter onFirst = limiter(first, "sign-in-failures", 3);
        for (int i = 0; i < 3; i++) {
            assertThat(onFirst.tryAcquire("198.51.100.9", START)).isTrue();
        }
        first.getLifecycleService().terminate();
        SharedWindowLimiter onSecond = limiter(second, "sign-in-failures", 3);
        assertThat(onSecond.tryAcquire("198.51.100.9", START.plusSeconds(1)))
                .as("the survivor still refuses after the other crashed").isFalse();
    }

    @Test
    void limitsOfDifferentNamesCountApart() {
        assertThat(limiter(first, "sign-ups", 1).tryAcquire("a", START)).isTrue();
        assertThat(limiter(second, "searches", 1).tryAcquire("a", START)).isTrue();
        assertThat(limiter(second, "sign-ups", 1).tryAcquire("a", START)).isFalse();
    }

    private static SharedWindowLimiter limiter(HazelcastInstance member, String name, int limit) {
        return SharedWindowLimiter.on(member, name, limit, WINDOW, UnaryOperator.identity());
    }

    private static Config member(String cluster, int port, String members) {
        Config config = new Config().setClusterName(cluster).setInstanceName(cluster + "-" + port);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        // The second member is listed: nothing to wait for before joining it.
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.wait.seconds.before.join", "0");
        config.getJetConfig().setEnabled(false);
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false).getInterfaces().setEnabled(true)
                .addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember(members);
        return config;
    }
}
