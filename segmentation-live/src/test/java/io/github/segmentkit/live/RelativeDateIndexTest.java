package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.criteria.RelativeDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The day index hands out exactly the slots whose current day a bound passed over, after any sequence of files,
 * moves (back and forth between the same days, removals from the middle and the end of buckets) and removals,
 * against a plain map of slot to day.
 */
class RelativeDateIndexTest {
    private static final LocalDate START = LocalDate.of(2025, 6, 1);

    @Property(tries = 300)
    void should_touch_exactly_the_slots_whose_day_a_bound_passed_over(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long days = random.nextInt(0, 40);
        RelativeDateIndex<Customer> index = new RelativeDateIndex<>(Customer.SCHEMA.binding("last_order"));
        index.addCriterion((RelativeDate) Customer.LAST_ORDER.beforeDaysAgo(days));
        Map<Integer, Long> model = new HashMap<>();
        int slots = 1 + random.nextInt(300);
        // later rounds read buckets that earlier ones read, and changed since
        for (int round = 0; round < 3; round++) {
            for (int change = 0; change < 700; change++) {
                int slot = random.nextInt(slots);
                if (random.nextInt(6) == 0) {
                    index.remove(slot);
                    model.remove(slot);
                } else {
                    // few distinct days, so that slots come back to a day they left
                    LocalDate day = random.nextInt(8) == 0 ? null : START.minusDays(random.nextInt(0, 60));
                    index.put(slot, new Customer(slot, day, "Hyderabad"));
                    if (day == null) {
                        model.remove(slot);
                    } else {
                        model.put(slot, day.toEpochDay());
                    }
                }
            }
            LocalDate from = START.minusDays(random.nextInt(0, 30));
            LocalDate to = from.plusDays(random.nextInt(0, 30));
            TouchedSlots touched = new TouchedSlots();
            index.crossing(AsOf.date(from), AsOf.date(to), touched);

            // beforeDaysAgo(N) is value < asOf − N: moving from `from` to `to` flips the days [from − N, to − N)
            TreeSet<Integer> expected = new TreeSet<>();
            model.forEach((slot, day) -> {
                if (day >= from.toEpochDay() - days && day < to.toEpochDay() - days) {
                    expected.add(slot);
                }
            });
            assertThat(touched.count()).as("round %d", round).isEqualTo(expected.size());
            // the helpers of a move are called from this count: it never falls short of the slots handed out
            assertThat(index.crossingAtMost(AsOf.date(from), AsOf.date(to))).as("round %d, at most", round)
                    .isGreaterThanOrEqualTo(expected.size());
            assertThat(drain(touched, 1 + random.nextInt(20))).as("round %d", round)
                    .containsExactlyElementsOf(expected);
            assertThat(touched.count()).as("drained").isZero();
            // the same days read again: the same slots
            index.crossing(AsOf.date(from), AsOf.date(to), touched);
            assertThat(drain(touched, 1 + random.nextInt(20))).as("round %d, read again", round)
                    .containsExactlyElementsOf(expected);
        }
    }

    /**
     * Indexes sharing one {@link SlotFilings} keep apart: a second index added once slots are filed in the first (the
     * filings laid out again), each fed different days for the same slots, each hands out its own.
     */
    @Property(tries = 200)
    void should_keep_indexes_that_share_their_filings_apart(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SlotFilings filings = new SlotFilings();
        List<RelativeDateIndex<Customer>> indexes = new ArrayList<>();
        List<Map<Integer, Long>> models = new ArrayList<>();
        int slots = 1 + random.nextInt(200);
        for (int round = 0; round < 4; round++) {
            if (round < 3) {
                RelativeDateIndex<Customer> added = new RelativeDateIndex<>(Customer.SCHEMA.binding("last_order"),
                        filings);
                added.addCriterion((RelativeDate) Customer.LAST_ORDER.beforeDaysAgo(0));
                indexes.add(added);
                models.add(new HashMap<>());
            }
            for (int change = 0; change < 500; change++) {
                int slot = random.nextInt(slots);
                int which = random.nextInt(indexes.size());
                if (random.nextInt(6) == 0) {
                    indexes.get(which).remove(slot);
                    models.get(which).remove(slot);
                } else {
                    LocalDate day = START.minusDays(random.nextInt(0, 20));
                    indexes.get(which).put(slot, new Customer(slot, day, "Vijayawada"));
                    models.get(which).put(slot, day.toEpochDay());
                }
            }
            // beforeDaysAgo(0) over the whole range: every filed slot
            for (int i = 0; i < indexes.size(); i++) {
                TouchedSlots touched = new TouchedSlots();
                indexes.get(i).crossing(AsOf.date(START.minusDays(30)), AsOf.date(START.plusDays(1)), touched);
                assertThat(drain(touched, 16)).as("index %d, round %d", i, round)
                        .containsExactlyElementsOf(new TreeSet<>(models.get(i).keySet()));
            }
        }
    }

    /**
     * Many customers moving among three days, so that every bucket fills with gone entries and is compacted many
     * times: after each round the index still hands out exactly the customers of each day (a position a compaction
     * reported wrongly would make a later departure mark another customer's entry, who would then be missing).
     */
    @Property(tries = 50)
    void should_keep_every_customer_through_compactions_of_busy_days(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RelativeDateIndex<Customer> index = new RelativeDateIndex<>(Customer.SCHEMA.binding("last_order"));
        index.addCriterion((RelativeDate) Customer.LAST_ORDER.beforeDaysAgo(0));
        Map<Integer, Long> model = new HashMap<>();
        int slots = 50 + random.nextInt(500);
        for (int round = 0; round < 4; round++) {
            for (int change = 0; change < 5_000; change++) {
                int slot = random.nextInt(slots);
                if (random.nextInt(10) == 0) {
                    index.remove(slot);
                    model.remove(slot);
                } else {
                    LocalDate day = START.minusDays(random.nextInt(3));
                    index.put(slot, new Customer(slot, day, "ملتان"));
                    model.put(slot, day.toEpochDay());
                }
            }
            for (int back = 0; back < 3; back++) {
                long day = START.minusDays(back).toEpochDay();
                // beforeDaysAgo(0) moving from day to day + 1 flips exactly the values of that day
                TouchedSlots touched = new TouchedSlots();
                index.crossing(AsOf.date(LocalDate.ofEpochDay(day)), AsOf.date(LocalDate.ofEpochDay(day + 1)),
                        touched);
                TreeSet<Integer> expected = new TreeSet<>();
                model.forEach((slot, filed) -> {
                    if (filed == day) {
                        expected.add(slot);
                    }
                });
                assertThat(drain(touched, 64)).as("round %d, %d days back", round, back)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    /**
     * Departures are noted and marked gone in batches. When the list is full, the next departure first marks the noted
     * ones, which compacts their day's bucket and moves the departing slot's entry to the front: the slot must leave
     * from where it moved to (noting the position read before the compaction left it in the day).
     */
    @Test
    void should_take_a_departing_slot_from_where_a_compaction_moved_it() {
        RelativeDateIndex<Customer> index = new RelativeDateIndex<>(Customer.SCHEMA.binding("last_order"));
        index.addCriterion((RelativeDate) Customer.LAST_ORDER.beforeDaysAgo(0));
        int slots = RelativeDateIndex.PENDING_DEPARTURES + 80;
        for (int slot = 0; slot < slots; slot++) {
            index.put(slot, new Customer(slot, START, "హైదరాబాద్"));
        }
        for (int slot = 0; slot < RelativeDateIndex.PENDING_DEPARTURES; slot++) {
            index.remove(slot);
        }
        int last = slots - 1;   // the bucket's last entry until the compaction moves it
        index.remove(last);
        TouchedSlots touched = new TouchedSlots();
        index.crossing(AsOf.date(START), AsOf.date(START.plusDays(1)), touched);

        List<Integer> expected = new ArrayList<>();
        for (int slot = RelativeDateIndex.PENDING_DEPARTURES; slot < last; slot++) {
            expected.add(slot);
        }
        assertThat(drain(touched, 64)).containsExactlyElementsOf(expected);
    }

    @Test
    void should_keep_a_slot_that_keeps_moving_between_two_days_once() {
        RelativeDateIndex<Customer> index = new RelativeDateIndex<>(Customer.SCHEMA.binding("last_order"));
        index.addCriterion((RelativeDate) Customer.LAST_ORDER.beforeDaysAgo(0));
        for (int i = 0; i < 10_000; i++) {
            index.put(3, new Customer(3, START.minusDays(i % 2), "Lahore"));
        }
        long bytes = index.memoryBytes();
        TouchedSlots touched = new TouchedSlots();
        index.crossing(AsOf.date(START.minusDays(1)), AsOf.date(START.plusDays(1)), touched);

        assertThat(drain(touched, 4)).containsExactly(3);
        assertThat(bytes).as("an entry per move kept nowhere").isLessThan(1_000);
    }

    private static List<Integer> drain(TouchedSlots touched, int batch) {
        List<Integer> slots = new ArrayList<>();
        int[] into = new int[batch];
        int count;
        while ((count = touched.next(into)) > 0) {
            for (int i = 0; i < count; i++) {
                slots.add(into[i]);
            }
        }
        return slots;
    }
}
