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
}
