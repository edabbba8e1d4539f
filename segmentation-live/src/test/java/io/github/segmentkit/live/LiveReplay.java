package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.core.row.SegmentPlan;
import io.github.segmentkit.testing.generators.GenericCustomer;
import io.github.segmentkit.testing.generators.TestCustomer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Reaches a given final population through a live segmentation by a random route: it starts earlier on the clock
 * from a scrambled population (customers missing, customers with another's data, extra customers), then applies
 * upserts, updates, deletions, clock moves (decided in one part or split over threads) and segments added (or added
 * and removed) in random order until the data are the final ones and the clock is at
 * the definition's as-of time. On the way it records every event and checks that replaying them on the starting
 * members gives the final members (nothing lost, nothing duplicated).
 */
final class LiveReplay<T> {
    private static final Object CLOCK_MOVE = new Object();

    private final SegmenterDefinition<T> definition;
    private final int chunkRows;
    private final Random random;

    LiveReplay(SegmenterDefinition<T> definition, int chunkRows, long seed) {
        this.definition = definition;
        this.chunkRows = chunkRows;
        this.random = new Random(seed);
    }

    /** A copy of {@code customer} with id {@code id}; for the two customer types of the conformance suite. */
    @SuppressWarnings("unchecked")
    static <T> T withId(T customer, long id) {
        if (customer instanceof TestCustomer c) {
            return (T) new TestCustomer(id, c.age(), c.income(), c.country(), c.optedIn(), c.lastOrder(),
                    c.lastLogin(), c.interests(), c.home());
        }
        if (customer instanceof GenericCustomer c) {
            return (T) new GenericCustomer(id, c.values());
        }
        throw new IllegalArgumentException("cannot copy " + customer.getClass());
    }

    /**
     * The segments of each customer of {@code customers}, in order. Customers sharing an id are placed in different
     * live segmentations (one per occurrence), since a live population holds one customer per id.
     */
    List<Set<String>> segmentsOfEach(List<T> customers) {
        CustomerSchema<T> schema = definition.schema();
        Map<Long, Integer> seen = new HashMap<>();
        List<List<Integer>> layers = new ArrayList<>();
        for (int row = 0; row < customers.size(); row++) {
            int layer = seen.merge(schema.id(customers.get(row)), 1, Integer::sum) - 1;
            if (layer == layers.size()) {
                layers.add(new ArrayList<>());
            }
            layers.get(layer).add(row);
        }
        List<Set<String>> segments = new ArrayList<>(Collections.nCopies(customers.size(), null));
        for (List<Integer> layer : layers) {
            List<T> finals = layer.stream().map(customers::get).toList();
            LiveSnapshot snapshot = reach(finals);
            for (int row : layer) {
                // segments added on the way come last in the live order: answer in the definition's
                Set<String> of = snapshot.segmentsOf(schema.id(customers.get(row)));
                Set<String> ordered = new java.util.LinkedHashSet<>();
                definition.segments().stream().map(Segment::name).filter(of::contains).forEach(ordered::add);
                assertThat(ordered).isEqualTo(of);
                segments.set(row, ordered);
            }
        }
        return segments;
    }

    /** A live segmentation brought to {@code finals} (unique ids) by a random route; its last snapshot. */
    LiveSnapshot reach(List<T> finals) {
        CustomerSchema<T> schema = definition.schema();
        Instant end = definition.asOf().instant();
        Instant start = end.minus(Duration.ofDays(random.nextInt(400))).minusSeconds(random.nextInt(86_400));
        Set<Long> ids = new HashSet<>();
        finals.forEach(c -> ids.add(schema.id(c)));
        List<T> population = new ArrayList<>();
        List<Runnable> changes = new ArrayList<>();
        LiveSegmentation<T>[] live = newArray();
        for (T customer : finals) {
            long id = schema.id(customer);
            int route = random.nextInt(10);
            if (route < 3) {                                   // missing: inserted later
                changes.add(() -> live[0].upsert(customer));
            } else if (route < 5) {                            // right from the start, maybe deleted and back
                population.add(customer);
                if (route == 4) {
                    changes.add(() -> {
                        live[0].delete(id);
                        live[0].upsert(customer);
                    });
                }
            } else {                                           // someone else's data first
                population.add(withId(finals.get(random.nextInt(finals.size())), id));
                T wrong = withId(finals.get(random.nextInt(finals.size())), id);
                if (route < 8) {
                    changes.add(() -> live[0].update(id, c -> customer));
                } else {
                    changes.add(() -> {
                        live[0].upsert(wrong);
                        live[0].upsert(customer);
                    });
                }
            }
        }
        for (int extra = random.nextInt(4); extra > 0 && !finals.isEmpty(); extra--) {
            long id = random.nextLong();
            if (ids.add(id)) {
                population.add(withId(finals.get(random.nextInt(finals.size())), id));
                changes.add(() -> live[0].delete(id));
            }
        }
        // segments no other refers to may join late, in one columnar pass with their events; a copy under another
        // name comes and goes
        List<Segment> initial = new ArrayList<>();
        String[] temporary = new String[1];
        for (Segment segment : definition.segments()) {
            boolean referenced = definition.segments().stream()
                    .anyMatch(s -> SegmentPlan.references(s.criterion()).contains(segment.name()));
            int role = referenced ? 0 : random.nextInt(6);
            if (role == 1 || role == 2) {
                changes.add(() -> live[0].addSegment(segment));
            } else {
                initial.add(segment);
            }
            if (role == 3 && temporary[0] == null) {
                temporary[0] = "temporary " + segment.name();
                changes.add(() -> live[0].addSegment(Segment.named(temporary[0]).where(segment.criterion())));
            }
        }
        Collections.shuffle(changes, random);
        // clock moves at random places among the changes, in time order
        long[] moves = random.longs(random.nextInt(5), 0, Duration.between(start, end).getSeconds() + 1)
                .sorted().toArray();
        List<Object> steps = new ArrayList<>(changes);
        for (int m = 0; m < moves.length; m++) {
            steps.add(random.nextInt(steps.size() + 1), CLOCK_MOVE);
        }

        LiveSegmentation.Builder<T> builder = LiveSegmentation.builder(schema).addAll(initial)
                .asOf(start, definition.clock().getZone()).chunkRows(chunkRows)
                .deltaLimit(1 + random.nextInt(8)).rescanShare(new double[] {0, 0.25, 1}[random.nextInt(3)])
                // clock moves decided in one part or split over threads, in parts of a few customers
                .splitMoves(1 + random.nextInt(8), 1 + random.nextInt(4))
                // the delta's merges at its limit on the common pool, while changes go on, or on the writer
                .backgroundMergeRows(random.nextBoolean() ? 0 : Population.BACKGROUND_MERGE_ROWS);
        try (LiveSegmentation<T> opened = builder.build(population)) {
            live[0] = opened;
            EventRecorder recorder = new EventRecorder();
            Subscription subscription = opened.subscribe(recorder);
            LiveSnapshot first = opened.snapshot();
            int move = 0;
            for (Object step : steps) {
                if (step == CLOCK_MOVE) {
                    opened.advanceTo(start.plusSeconds(moves[move++]));
                } else {
                    ((Runnable) step).run();
                }
            }
            if (temporary[0] != null) {
                opened.removeSegment(temporary[0]);
            }
            opened.advanceTo(end);
            LiveSnapshot last = opened.snapshot();
            assertThat(subscription.awaitDelivered(Duration.ofSeconds(30))).isTrue();
            checkEvents(first, last, recorder.events());
            return last;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> LiveSegmentation<T>[] newArray() {
        return (LiveSegmentation<T>[]) new LiveSegmentation<?>[1];
    }

    /**
     * Replaying the events on the first snapshot's members gives the last snapshot's, with no step refused; a
     * segment added on the way starts empty, one removed on the way ends empty.
     */
    static void checkEvents(LiveSnapshot first, LiveSnapshot last, List<SegmentEvent> events) {
        assertThat(events).extracting(SegmentEvent::sequence)
                .as("numbered from the first snapshot's sequence, without gaps")
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(first.sequence() + 1,
                        last.sequence()).boxed().toList());
        Set<String> segments = new java.util.LinkedHashSet<>(first.segmentNames());
        segments.addAll(last.segmentNames());
        events.forEach(event -> segments.add(event.segment()));
        for (String segment : segments) {
            Set<Long> members = idsOf(first, segment);
            for (SegmentEvent event : events) {
                if (event.segment().equals(segment)) {
                    boolean applied = event.kind() == SegmentEvent.Kind.ENTERED ? members.add(event.customerId())
                            : members.remove(event.customerId());
                    assertThat(applied).as("event %s applies to the members before it", event).isTrue();
                }
            }
            assertThat(members).as("members of %s after replaying the events", segment)
                    .isEqualTo(idsOf(last, segment));
        }
    }

    /** The members of {@code segment} in {@code snapshot}; none when it has no such segment. */
    private static Set<Long> idsOf(LiveSnapshot snapshot, String segment) {
        Set<Long> ids = new HashSet<>();
        if (snapshot.segmentNames().contains(segment)) {
            for (long id : snapshot.memberIds(segment)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
