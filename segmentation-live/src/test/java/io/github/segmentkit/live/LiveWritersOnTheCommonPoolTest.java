package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Writers on the common pool's threads (a parallel stream of changes, say) wait for the writer lock; the writer
 * holding it must not wait for those threads when it builds the table with the pool's help.
 */
class LiveWritersOnTheCommonPoolTest {
    record Person(long id, long age) {
    }

    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final Segment ADULTS = Segment.named("adults").where(AGE.ge(18));
    private static final long TRIGGER = 3 * 64 + 7;

    @Test
    void should_merge_under_the_writer_lock_while_every_common_pool_thread_waits_for_that_lock() {
        int poolThreads = ForkJoinPool.getCommonPoolParallelism();
        AtomicBoolean armed = new AtomicBoolean();
        Set<Thread> parked = ConcurrentHashMap.newKeySet();
        CountDownLatch poolWritersDone = new CountDownLatch(poolThreads);
        List<Person> start = new ArrayList<>();
        for (long id = 0; id < 640; id++) {
            start.add(new Person(id, id % 40));
        }
        AtomicReference<LiveSegmentation<Person>> live = new AtomicReference<>();
        CustomerSchema<Person> schema = CustomerSchema.<Person>builder(Person::id).numeric(AGE, p -> {
            if (p.id() == TRIGGER && armed.compareAndSet(true, false)) {
                // read under the writer lock: every pool thread now takes a change and waits for the lock
                for (int t = 0; t < poolThreads; t++) {
                    long id = 1000 + t;
                    ForkJoinPool.commonPool().execute(() -> {
                        parked.add(Thread.currentThread());
                        live.get().upsert(new Person(id, 30));
                        poolWritersDone.countDown();
                    });
                }
                awaitParked(parked, poolThreads);
            }
            return p.age();
        }).build();
        // a delta limit of 4 changes in 4 of 10 chunks: the trigger's change builds the table again, with helpers
        live.set(LiveSegmentation.builder(schema).add(ADULTS).chunkRows(64).deltaLimit(4).build(start));
        try {
            for (int chunk = 0; chunk < 3; chunk++) {
                live.get().upsert(new Person(chunk * 64 + 7, 70));
            }
            armed.set(true);

            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                live.get().upsert(new Person(TRIGGER, 70));
                assertThat(poolWritersDone.await(30, TimeUnit.SECONDS)).isTrue();
            });

            assertThat(live.get().population().merges()).as("the trigger's merge, then one per 4 pool writers")
                    .isEqualTo(1 + poolThreads / 4);
            long adults = start.stream().filter(p -> p.age() >= 18 || p.id() % 64 == 7 && p.id() < 256).count()
                    + poolThreads;
            assertThat(live.get().snapshot().count("adults")).isEqualTo((int) adults);
        } finally {
            live.get().close();
        }
    }

    /** Waits until {@code count} threads have arrived and each is parked (on the writer lock). */
    private static void awaitParked(Set<Thread> threads, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (threads.size() == count && threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the pool's writers did not all wait for the lock: " + threads);
    }
}
