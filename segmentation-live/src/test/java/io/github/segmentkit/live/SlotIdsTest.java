package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SlotIdsTest {
    @Test
    void should_find_every_id_added_across_growths_and_no_other() {
        SlotIds ids = new SlotIds();
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        long[] special = {Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L};
        for (long id : special) {
            expected.put(id, ids.add(id));
        }
        while (expected.size() < 50_000) {
            // dense runs (as database ids are) mixed with random ids
            long id = expected.size() % 2 == 0 ? 1_000_000L + expected.size() : random.nextLong();
            if (!expected.containsKey(id)) {
                expected.put(id, ids.add(id));
            }
        }

        assertThat(ids.size()).isEqualTo(expected.size());
        expected.forEach((id, slot) -> {
            assertThat(ids.slotOf(id)).as("slot of %d", id).isEqualTo(slot);
            assertThat(SlotIds.idAt(ids.pages(), slot)).isEqualTo(id);
        });
        assertThat(ids.slotOf(1_000_000L - 1)).isEqualTo(-1);
        assertThat(ids.slotOf(42L)).isEqualTo(expected.getOrDefault(42L, -1));
    }

    @Test
    void should_give_slots_in_order_of_first_appearance() {
        SlotIds ids = new SlotIds();

        assertThat(ids.slotOf(Long.MIN_VALUE)).isEqualTo(-1);
        assertThat(ids.add(5L)).isZero();
        assertThat(ids.add(Long.MIN_VALUE)).isEqualTo(1);
        assertThat(ids.add(3L)).isEqualTo(2);
        assertThat(ids.slotOf(Long.MIN_VALUE)).isEqualTo(1);
        assertThat(ids.slotOf(4L)).isEqualTo(-1);
    }

    @Test
    @Timeout(10)
    void should_answer_absent_ids_at_every_fill_across_growths() {
        // every fill from empty to past two growths of the table, with every id present found and ids never added
        // answered -1 (a probe that found no free entry would never end: the timeout turns that into a failure)
        SlotIds ids = new SlotIds();
        for (long id = 1; id <= 40; id++) {
            assertThat(ids.add(id * 1_000_003L)).isEqualTo((int) id - 1);
            for (long present = 1; present <= id; present++) {
                assertThat(ids.slotOf(present * 1_000_003L)).isEqualTo((int) present - 1);
            }
            for (long absent = 1; absent <= 200; absent++) {
                assertThat(ids.slotOf(absent * 1_000_003L + 1)).as("absent %d", absent).isEqualTo(-1);
            }
        }
    }

    @Test
    void should_find_ids_that_run_in_slot_order_without_the_table_and_nothing_around_them() {
        // a run that wraps from Long.MAX_VALUE to Long.MIN_VALUE (the table's free marker) and on
        SlotIds ids = new SlotIds();
        long first = Long.MAX_VALUE - 5;
        for (int slot = 0; slot < 12; slot++) {
            assertThat(ids.add(first + slot)).isEqualTo(slot);
        }

        assertThat(ids.slotOf(Long.MAX_VALUE)).isEqualTo(5);
        assertThat(ids.slotOf(Long.MIN_VALUE)).isEqualTo(6);
        assertThat(ids.slotOf(Long.MIN_VALUE + 5)).isEqualTo(11);
        assertThat(ids.slotOf(first - 1)).isEqualTo(-1);
        assertThat(ids.slotOf(Long.MIN_VALUE + 6)).isEqualTo(-1);
        assertThat(ids.slotOf(0L)).isEqualTo(-1);
    }

    @Test
    void should_answer_from_the_table_once_an_id_comes_out_of_order() {
        SlotIds ids = new SlotIds();
        for (long id = 1; id <= 1_000; id++) {
            ids.add(id);
        }
        assertThat(ids.add(5_000L)).isEqualTo(1_000);
        // by the run's arithmetic id 1,001 would be slot 1,000, which is 5,000's
        assertThat(ids.add(1_001L)).isEqualTo(1_001);

        assertThat(ids.slotOf(1_001L)).isEqualTo(1_001);
        assertThat(ids.slotOf(5_000L)).isEqualTo(1_000);
        assertThat(ids.slotOf(1L)).isZero();
        assertThat(ids.slotOf(1_000L)).isEqualTo(999);
        assertThat(ids.slotOf(1_002L)).isEqualTo(-1);
        assertThat(ids.slotOf(0L)).isEqualTo(-1);
    }

    @Test
    void should_agree_with_a_map_for_ids_that_mostly_run_in_order() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            SlotIds ids = new SlotIds();
            Map<Long, Integer> expected = new HashMap<>();
            long next = random.nextLong();
            int count = 1 + random.nextInt(300);
            // a jump (anywhere, or back into ids already given) in about one trial of two, at a random place
            int jumpAt = random.nextBoolean() ? random.nextInt(count) : -1;
            for (int n = 0; n < count; n++) {
                long id = n == jumpAt ? (random.nextBoolean() ? random.nextLong() : next - 1 - random.nextInt(3)) : next;
                if (expected.containsKey(id)) {
                    id = next + 1_000;   // ids are unique; step off an id already given
                }
                expected.put(id, ids.add(id));
                next = id + 1;
                for (int probe = 0; probe < 5; probe++) {
                    long asked = next - 1 - random.nextInt(n + 3);
                    assertThat(ids.slotOf(asked)).as("trial %d, slot of %d", trial, asked)
                            .isEqualTo(expected.getOrDefault(asked, -1));
                }
            }
            expected.forEach((id, slot) -> assertThat(ids.slotOf(id)).isEqualTo(slot));
            assertThat(ids.slotOf(next)).isEqualTo(expected.getOrDefault(next, -1));
        }
    }
}
