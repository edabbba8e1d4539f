package io.github.segmentkit.live;

import static io.github.segmentkit.testing.generators.TestCustomers.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * After a restore, a live segmentation carries on as if it had never stopped: random segments over every attribute
 * kind, a random route of upserts (re-adding deleted ids too), updates, deletions and clock moves; a snapshot file
 * written half-way; the same second half of the route applied to the original and to the restored one gives the
 * same events (sequence, customer, segment, kind, as-of), and both have the members of the reference evaluator.
 */
class SnapshotFileResumeTest {
    private static final int IDS = 12;

    /** One step of a route. */
    private record Step(int kind, TestCustomer customer, long id, long hours) {
        static final int UPSERT = 0;
        static final int UPDATE = 1;
        static final int DELETE = 2;
        static final int CLOCK = 3;
    }

    @Provide
    Arbitrary<List<Segment>> segments() {
        return Generators.segments(4, 3);
    }

    @Provide
    Arbitrary<List<TestCustomer>> pool() {
        return Generators.customers().list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 60)
    void should_resume_the_events_after_a_restore(@ForAll("segments") List<Segment> segments,
            @ForAll("pool") List<TestCustomer> pool, @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        List<TestCustomer> start = new ArrayList<>();
        for (int i = 0; i < pool.size() && i < IDS / 2; i++) {
            start.add(LiveReplay.withId(pool.get(i), i));
        }
        List<Step> before = route(random, pool, 1 + random.nextInt(25));
        List<Step> after = route(random, pool, 1 + random.nextInt(25));
        Path directory = Files.createTempDirectory("live-snapshot");
        LiveSegmentation<TestCustomer> live = LiveSegmentation.builder(SCHEMA).addAll(segments)
                .asOf(TestCustomers.AS_OF.date().minusDays(20)).chunkRows(64).build(start);
        LiveSegmentation<TestCustomer> restored = null;
        try {
            EventRecorder original = new EventRecorder();
            live.subscribe(original);
            Map<Long, TestCustomer> data = new LinkedHashMap<>();
            start.forEach(c -> data.put(c.id(), c));
            apply(live, before, data);
            Path file = directory.resolve("live.snapshot");
            long saved = live.saveTo(file);
            LiveSnapshot atSave = live.snapshot();
            Map<Long, TestCustomer> dataAtSave = new LinkedHashMap<>(data);
            apply(live, after, data);
            assertThat(live.awaitDelivered(Duration.ofSeconds(10))).isTrue();
            List<SegmentEvent> expected = original.events().stream().filter(e -> e.sequence() > saved).toList();

            restored = LiveSegmentation.builder(SCHEMA).addAll(segments).chunkRows(64)
                    .restore(file, SnapshotFiles::testCustomer);
            LiveSnapshot first = restored.snapshot();
            assertThat(first.sequence()).isEqualTo(saved).isEqualTo(atSave.sequence());
            assertThat(first.asOf()).isEqualTo(atSave.asOf());
            assertSameMembers(first, atSave, segments);
            assertReferenceMembers(first, segments, dataAtSave, restored.asOf());

            EventRecorder resumed = new EventRecorder();
            restored.subscribe(resumed);
            apply(restored, after, new LinkedHashMap<>(dataAtSave));
            assertThat(restored.awaitDelivered(Duration.ofSeconds(10))).isTrue();
            assertThat(resumed.events()).as("events after the restore").isEqualTo(expected);
            if (!expected.isEmpty()) {
                assertThat(expected.get(0).sequence()).isEqualTo(saved + 1);
            }
            assertSameMembers(restored.snapshot(), live.snapshot(), segments);
            assertReferenceMembers(restored.snapshot(), segments, data, restored.asOf());
        } finally {
            live.close();
            if (restored != null) {
                restored.close();
            }
            SnapshotFiles.deleteTree(directory);
        }
    }

    private static List<Step> route(Random random, List<TestCustomer> pool, int length) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            long id = random.nextInt(IDS);
            TestCustomer customer = LiveReplay.withId(pool.get(random.nextInt(pool.size())), id);
            // hours, so that some moves stay within a day and some cross several
            long hours = random.nextInt(4) == 0 ? 0 : random.nextInt(24 * 12);
            steps.add(new Step(kind, customer, id, hours));
        }
        return steps;
    }

    private static void apply(LiveSegmentation<TestCustomer> live, List<Step> steps, Map<Long, TestCustomer> data) {
        for (Step step : steps) {
            switch (step.kind()) {
                case Step.UPSERT:
                    live.upsert(step.customer());
                    data.put(step.id(), step.customer());
                    break;
                case Step.UPDATE:
                    try {
                        live.update(step.id(), c -> step.customer());
                        data.put(step.id(), step.customer());
                    } catch (NoSuchElementException e) {
                        assertThat(data).doesNotContainKey(step.id());
                    }
                    break;
                case Step.DELETE:
                    assertThat(live.delete(step.id())).isEqualTo(data.remove(step.id()) != null);
                    break;
                default:
                    live.advanceTo(live.asOf().instant().plus(Duration.ofHours(step.hours())));
                    break;
            }
        }
    }

    private static void assertSameMembers(LiveSnapshot actual, LiveSnapshot expected, List<Segment> segments) {
        assertThat(actual.customerIds()).isEqualTo(expected.customerIds());
        for (Segment segment : segments) {
            assertThat(actual.memberIds(segment.name())).as(segment.name())
                    .isEqualTo(expected.memberIds(segment.name()));
        }
    }

    private static void assertReferenceMembers(LiveSnapshot actual, List<Segment> segments,
            Map<Long, TestCustomer> data, AsOf asOf) {
        ReferenceResult reference = ReferenceEvaluator.of(SCHEMA, segments, asOf).segment(data.values());
        for (Segment segment : segments) {
            long[] ids = reference.memberIds(segment.name()).clone();
            Arrays.sort(ids);
            assertThat(actual.memberIds(segment.name())).as("%s as of %s", segment, asOf).isEqualTo(ids);
        }
        long[] all = data.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        assertThat(actual.customerIds()).isEqualTo(all);
    }
}
