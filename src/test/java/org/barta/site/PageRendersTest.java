package org.barta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageRendersTest {

    private static final PageCache.Entry PAGE = PageCache.uncached(new byte[] {1, 2, 3}, "text/html");

    private final PageRenders renders = new PageRenders();
    private final ExecutorService visitors = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        visitors.shutdownNow();
    }

    @Test
    void manyMissesAtOnceCostOneRenderingAndAllGetItsPage() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        AtomicInteger renderings = new AtomicInteger();
        CountDownLatch allJoined = new CountDownLatch(8);
        List<Future<Optional<PageCache.Entry>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(visitors.submit(() -> {
                PageRenders.Flight flight = renders.join("/en/", 7);
                allJoined.countDown();
                if (flight.leads()) {
                    renderings.incrementAndGet();
                    rendering.await();
                    flight.finish(PAGE);
                    return Optional.of(PAGE);
                }
                return flight.awaitLeader(Duration.ofSeconds(10));
            }));
        }
        assertThat(allJoined.await(10, TimeUnit.SECONDS)).isTrue();
        rendering.countDown();
        for (Future<Optional<PageCache.Entry>> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).containsSame(PAGE);
        }
        assertThat(renderings).hasValue(1);
    }

    @Test
    void aRenderingThatCannotBeSharedLeavesTheOthersToRenderThemselves() throws Exception {
        PageRenders.Flight first = renders.join("/en/missing", 1);
        PageRenders.Flight second = renders.join("/en/missing", 1);
        assertThat(first.leads()).isTrue();
        assertThat(second.leads()).isFalse();
        first.finish(null);
        assertThat(second.awaitLeader(Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aRequestAfterTheCacheWasEmptiedNeverSharesARenderingBegunBefore() {
        PageRenders.Flight before = renders.join("/en/", 1);
        PageRenders.Flight after = renders.join("/en/", 2);
        assertThat(before.leads()).isTrue();
        assertThat(after.leads()).as("a rendering of its own").isTrue();
    }

    @Test
    void aFinishedRenderingIsNotJoinedAgain() {
        renders.join("/en/", 1).finish(PAGE);
        assertThat(renders.join("/en/", 1).leads()).isTrue();
    }

    @Test
    void aRenderingThatDoesNotEndInTimeLeavesTheOthersToRenderThemselves() throws Exception {
        renders.join("/en/slow", 1);
        assertThat(renders.join("/en/slow", 1).awaitLeader(Duration.ofMillis(100))).isEmpty();
    }
}
